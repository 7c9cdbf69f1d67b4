import { useCallback, useReducer, useRef } from 'react';
import {
  LiveSessionConsoleDocument,
  LiveSessionEventsDocument,
  type LivePollFieldsFragment,
  type LiveQuestionFieldsFragment,
} from '@/generated/graphql';
import { useOneShotQuery } from '@/modules/api/hooks/useOneShotQuery';
import { useResumableSubscription } from '@/modules/api/hooks/useResumableSubscription';
import {
  applyConsolePoll,
  applyConsoleQuestion,
  applySessionEvent,
  EMPTY_CONSOLE_STATE,
  mergeConsoleSnapshot,
  type ConsoleSnapshot,
  type ConsoleState,
  type SessionEvent,
} from '../utils/consoleState';

type Action =
  | { type: 'snapshot'; snapshot: ConsoleSnapshot }
  | { type: 'event'; event: SessionEvent }
  | { type: 'question'; question: LiveQuestionFieldsFragment }
  | { type: 'poll'; poll: LivePollFieldsFragment };

function reduce(state: ConsoleState, action: Action): ConsoleState {
  switch (action.type) {
    case 'snapshot':
      return mergeConsoleSnapshot(state, action.snapshot);
    case 'event':
      return applySessionEvent(state, action.event);
    case 'question':
      return applyConsoleQuestion(state, action.question);
    case 'poll':
      return applyConsolePoll(state, action.poll);
  }
}

/**
 * A session with all its questions and polls, kept current: the query gives the snapshot and its
 * event sequence, liveSessionEvents everything after it (and the mutations' answers in between).
 * Used by the console and the projector.
 */
export function useLiveSessionConsole(sessionId: string) {
  const [state, dispatch] = useReducer(reduce, EMPTY_CONSOLE_STATE);
  const [query, reload] = useOneShotQuery(LiveSessionConsoleDocument, { id: sessionId }, (data) => {
    if (data.liveSession) dispatch({ type: 'snapshot', snapshot: data.liveSession });
  });
  const stateRef = useRef(state);
  stateRef.current = state;
  const session = query.data?.liveSession;

  const feed = useResumableSubscription({
    query: LiveSessionEventsDocument,
    variables: (afterSequence) => ({ sessionId, afterSequence }),
    // Only the session's moderators and admins may follow it; anyone else is told so by the page.
    startAfter: session?.viewerCanModerate ? session.eventSequence : null,
    resumeAfter: () => stateRef.current.highestSequence,
    onData: (data) => dispatch({ type: 'event', event: data.liveSessionEvents }),
  });

  /** A question as a mutation answered it. */
  const showQuestion = useCallback(
    (question: LiveQuestionFieldsFragment) => dispatch({ type: 'question', question }),
    [],
  );

  /** A poll as launchLivePoll or closeLivePoll answered it. */
  const showPoll = useCallback((poll: LivePollFieldsFragment) => dispatch({ type: 'poll', poll }), []);

  return { ...query, session, state, feed, reload, showQuestion, showPoll };
}
