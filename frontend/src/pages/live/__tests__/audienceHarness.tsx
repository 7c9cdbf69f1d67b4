import { act, render } from '@testing-library/react';
import { vi } from 'vitest';
import { makeSubject } from 'wonka';
import type { AudienceQuestionFieldsFragment } from '@/generated/graphql';
import { saveParticipantToken } from '@/modules/liveqa/utils/participantTokenStorage';
import { liveAudience } from '@/testing/fixtures';
import { mockGraphqlClient, type MockResponse } from '@/testing/mockGraphqlClient';
import { LiveAudiencePage } from '../LiveAudiencePage';

export const JOIN_CODE = 'RVRS4PED';

/** The public audience page with its own client, answering from `respond`, the feed driven by the test. */
export function renderAudience(respond?: (name?: string, variables?: Record<string, unknown>) => MockResponse) {
  const feed = makeSubject<Record<string, unknown> | Error>();
  const api = mockGraphqlClient((name, variables) => {
    const answer = respond?.(name, variables);
    if (answer) return answer;
    if (name === 'LiveAudience') return { data: { liveAudience: liveAudience() } };
    if (name === 'LiveAudienceFeed') return { stream: feed.source };
    if (name === 'LiveSessionRecap') return { data: { liveSessionRecap: null } };
    return undefined;
  });
  const tokens: (string | null)[] = [];
  const createClient = (token: string | null) => {
    tokens.push(token);
    return { client: api.client, dispose: vi.fn() };
  };
  render(<LiveAudiencePage joinCode={JOIN_CODE.toLowerCase()} createClient={createClient} />);
  const push = (event: Record<string, unknown>) =>
    act(() =>
      feed.next({
        liveAudienceFeed: { questionId: null, question: null, poll: null, sessionStatus: 'LIVE', ...event },
      }),
    );
  const shown = (sequence: number, question: AudienceQuestionFieldsFragment) =>
    push({ sequence, type: 'QUESTION_SHOWN', question });
  const operations = (name: string) =>
    api.operations
      .filter((op) => op.query.definitions.some((d) => 'name' in d && d.name?.value === name))
      .map((op) => op.variables);
  return { tokens, push, shown, operations, api };
}

export const joined = () => saveParticipantToken(JOIN_CODE, 'participant-token');
