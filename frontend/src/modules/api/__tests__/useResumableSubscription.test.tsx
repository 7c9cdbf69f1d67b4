import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Provider } from 'urql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeSubject, type Subject } from 'wonka';
import { LiveAudienceFeedDocument, type LiveAudienceFeedSubscription } from '@/generated/graphql';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { useResumableSubscription } from '../hooks/useResumableSubscription';

type Feed = LiveAudienceFeedSubscription['liveAudienceFeed'];
const event = (sequence: number): { liveAudienceFeed: Feed } => ({
  liveAudienceFeed: {
    sequence,
    type: 'SESSION_CHANGED',
    sessionStatus: 'LIVE',
    questionId: null,
    question: null,
    poll: null,
  },
});

function setup(startAfter: number | null = 4) {
  const streams: Subject<Record<string, unknown> | Error>[] = [];
  const api = mockGraphqlClient(() => {
    const subject = makeSubject<Record<string, unknown> | Error>();
    streams.push(subject);
    return { stream: subject.source };
  });
  let highest = startAfter ?? 0;
  const received: number[] = [];
  const onRefused = vi.fn();
  const wrapper = ({ children }: { children: ReactNode }) => <Provider value={api.client}>{children}</Provider>;
  const hook = renderHook(
    () =>
      useResumableSubscription({
        query: LiveAudienceFeedDocument,
        variables: (afterSequence) => ({ joinCode: 'RVRS4PED', afterSequence }),
        startAfter,
        resumeAfter: () => highest,
        onData: (data) => {
          highest = Math.max(highest, data.liveAudienceFeed.sequence);
          received.push(data.liveAudienceFeed.sequence);
        },
        onRefused,
      }),
    { wrapper },
  );
  const subscriptions = () => api.operations.filter((op) => op.kind === 'subscription').map((op) => op.variables);
  const dropLatest = (code: number, reason = '') =>
    act(() => streams.at(-1)!.next(Object.assign(new Error('closed'), { code, reason })));
  return { hook, streams, received, subscriptions, onRefused, dropLatest };
}

describe('useResumableSubscription', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('waits for the snapshot before subscribing', () => {
    const { subscriptions } = setup(null);
    expect(subscriptions()).toEqual([]);
  });

  it('subscribes after the snapshot sequence and hands over each event', () => {
    const { streams, received, subscriptions, hook } = setup(4);
    act(() => {
      streams[0].next(event(5));
      streams[0].next(event(6));
    });
    expect(subscriptions()).toEqual([{ joinCode: 'RVRS4PED', afterSequence: 4 }]);
    expect(received).toEqual([5, 6]);
    expect(hook.result.current.connection).toBe('live');
  });

  it('resumes at once, without showing a break, when the socket closed because its token expired', () => {
    const { streams, subscriptions, hook, dropLatest } = setup(4);
    act(() => streams[0].next(event(9)));
    dropLatest(4401, 'Token expired');
    expect(hook.result.current.connection).toBe('live');
    expect(subscriptions()).toEqual([
      { joinCode: 'RVRS4PED', afterSequence: 4 },
      { joinCode: 'RVRS4PED', afterSequence: 9 },
    ]);
  });

  it('resubscribes after a dropped socket, resuming after the highest sequence seen', () => {
    const { streams, received, subscriptions, hook, dropLatest } = setup(4);
    act(() => {
      streams[0].next(event(5));
      streams[0].next(event(7));
    });
    dropLatest(1006);
    expect(hook.result.current.connection).toBe('reconnecting');
    act(() => vi.advanceTimersByTime(1000));
    expect(subscriptions()).toEqual([
      { joinCode: 'RVRS4PED', afterSequence: 4 },
      { joinCode: 'RVRS4PED', afterSequence: 7 },
    ]);
    expect(hook.result.current.connection).toBe('live');
    act(() => streams[1].next(event(8)));
    expect(received).toEqual([5, 7, 8]);
  });

  it('waits longer after each failure in a row', () => {
    const { subscriptions, dropLatest } = setup(4);
    dropLatest(1006);
    act(() => vi.advanceTimersByTime(1000));
    dropLatest(1006);
    act(() => vi.advanceTimersByTime(1999));
    expect(subscriptions()).toHaveLength(2);
    act(() => vi.advanceTimersByTime(1));
    expect(subscriptions()).toHaveLength(3);
  });

  it('reports a refused token and does not retry with it', () => {
    const { subscriptions, hook, dropLatest, onRefused } = setup(4);
    dropLatest(4401);
    act(() => vi.advanceTimersByTime(60_000));
    expect(onRefused).toHaveBeenCalledOnce();
    expect(hook.result.current.connection).toBe('refused');
    expect(subscriptions()).toHaveLength(1);
  });
});
