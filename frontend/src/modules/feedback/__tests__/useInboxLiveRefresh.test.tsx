import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Provider } from 'urql';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { makeSubject, type Subject } from 'wonka';
import { mockGraphqlClient } from '@/testing/mockGraphqlClient';
import { useInboxLiveRefresh } from '../hooks/useInboxLiveRefresh';
import { threadSummary } from './feedbackFixtures';

function setup(enabled = true) {
  const streams: Subject<Record<string, unknown> | Error>[] = [];
  const api = mockGraphqlClient(() => {
    const subject = makeSubject<Record<string, unknown> | Error>();
    streams.push(subject);
    return { stream: subject.source };
  });
  const onChange = vi.fn();
  const wrapper = ({ children }: { children: ReactNode }) => <Provider value={api.client}>{children}</Provider>;
  const hook = renderHook(() => useInboxLiveRefresh({ enabled, onChange }), { wrapper });
  const subscriptions = () => api.operations.filter((op) => op.kind === 'subscription').map((op) => op.variables);
  const event = (sequence: number) =>
    act(() => streams.at(-1)!.next({ feedbackInboxEvents: { kind: 'UPDATED', sequence, thread: threadSummary() } }));
  // A socket the server cut off (a slow reader): resumable, so subscribed again after a pause.
  const drop = () => act(() => streams.at(-1)!.next(Object.assign(new Error('closed'), { code: 1006, reason: '' })));
  return { hook, subscriptions, onChange, event, drop };
}

describe('useInboxLiveRefresh', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts from now, and after a dropped socket resumes after the last sequence received', () => {
    const { subscriptions, event, drop, onChange, hook } = setup();
    expect(subscriptions()).toEqual([{}]);
    event(7);
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(hook.result.current.lastChange).toBe('Changed: Google review (public), now new.');
    drop();
    expect(hook.result.current.connection).toBe('reconnecting');
    act(() => vi.advanceTimersByTime(1000));
    expect(subscriptions()).toEqual([{}, { afterSequence: 7 }]);
  });

  it('reads the view again after a reconnection that nothing arrived before, as “now” cannot be replayed', () => {
    const { subscriptions, drop, onChange } = setup();
    drop();
    act(() => vi.advanceTimersByTime(1000));
    expect(subscriptions()).toEqual([{}, {}]);
    expect(onChange).toHaveBeenCalledTimes(1);
  });

  it('subscribes to nothing for a viewer who may not follow the inbox', () => {
    const { subscriptions } = setup(false);
    expect(subscriptions()).toEqual([]);
  });
});
