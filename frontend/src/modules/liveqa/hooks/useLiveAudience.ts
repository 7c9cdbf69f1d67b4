import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useQuery } from 'urql';
import {
  LiveAudienceDocument,
  LiveAudienceFeedDocument,
  type AudiencePollFieldsFragment,
  type AudienceQuestionFieldsFragment,
  type MyQuestionFieldsFragment,
} from '@/generated/graphql';
import { useResumableSubscription } from '@/modules/api/hooks/useResumableSubscription';
import {
  addMyQuestion,
  applyAudienceEvent,
  applyPollAnswer,
  applyUpvote,
  audienceStateFrom,
  type AudienceEvent,
  type AudienceSnapshot,
  type AudienceState,
} from '../utils/audienceState';
import { isRefusal } from '../utils/isRefusal';

type Action =
  | { type: 'snapshot'; snapshot: AudienceSnapshot }
  | { type: 'event'; event: AudienceEvent }
  | { type: 'upvote'; question: AudienceQuestionFieldsFragment; upvoted: boolean }
  | { type: 'asked'; question: MyQuestionFieldsFragment }
  | { type: 'answered'; poll: AudiencePollFieldsFragment };

function reduce(state: AudienceState | null, action: Action): AudienceState | null {
  if (action.type === 'snapshot') return audienceStateFrom(action.snapshot);
  if (!state) return state;
  switch (action.type) {
    case 'event':
      return applyAudienceEvent(state, action.event);
    case 'upvote':
      return applyUpvote(state, action.question, action.upvoted);
    case 'asked':
      return addMyQuestion(state, action.question);
    case 'answered':
      return applyPollAnswer(state, action.poll);
  }
}

/**
 * The participant's view of its session: liveAudience once, then liveAudienceFeed from its
 * event sequence on. After a dropped socket the feed resumes after the highest sequence seen.
 */
export function useLiveAudience(joinCode: string, onRefused: () => void) {
  const [query, reexecute] = useQuery({ query: LiveAudienceDocument, requestPolicy: 'network-only' });
  const [state, dispatch] = useReducer(reduce, null);
  const stateRef = useRef(state);
  stateRef.current = state;
  const snapshot = query.data?.liveAudience;
  const refused = isRefusal(query.error);

  useEffect(() => {
    if (snapshot) dispatch({ type: 'snapshot', snapshot });
  }, [snapshot]);

  const onRefusedRef = useRef(onRefused);
  onRefusedRef.current = onRefused;
  useEffect(() => {
    if (refused) onRefusedRef.current();
  }, [refused]);

  const feed = useResumableSubscription({
    query: LiveAudienceFeedDocument,
    variables: (afterSequence) => ({ joinCode, afterSequence }),
    startAfter: state ? (snapshot?.eventSequence ?? null) : null,
    resumeAfter: () => stateRef.current?.highestSequence ?? 0,
    onData: (data) => dispatch({ type: 'event', event: data.liveAudienceFeed }),
    onRefused: () => onRefusedRef.current(),
    // Tokens are refused once the session ended; nothing more will come.
    active: state?.status !== 'ENDED',
  });

  const showUpvote = useCallback(
    (question: AudienceQuestionFieldsFragment, upvoted: boolean) => dispatch({ type: 'upvote', question, upvoted }),
    [],
  );
  const showAsked = useCallback((question: MyQuestionFieldsFragment) => dispatch({ type: 'asked', question }), []);
  const showAnswered = useCallback((poll: AudiencePollFieldsFragment) => dispatch({ type: 'answered', poll }), []);
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);

  return {
    snapshot,
    state,
    error: refused ? undefined : query.error,
    fetching: query.fetching,
    feed,
    reload,
    showUpvote,
    showAsked,
    showAnswered,
  };
}
