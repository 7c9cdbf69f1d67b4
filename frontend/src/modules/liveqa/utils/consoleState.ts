import type {
  LivePollFieldsFragment,
  LiveQuestionFieldsFragment,
  LiveSessionEventsSubscription,
  LiveSessionStatus,
} from '@/generated/graphql';
import { upsertPoll } from './pollResults';
import { nextPinnedId, upsertByRevision, withEventSequence } from './upsertByRevision';

export type SessionEvent = LiveSessionEventsSubscription['liveSessionEvents'];

/** What the console and the projector hold of a session: the questions, the polls and its live status. */
export interface ConsoleState {
  questions: ReadonlyMap<string, LiveQuestionFieldsFragment>;
  pinnedId: string | null;
  /** Newest first; at most one open. */
  polls: readonly LivePollFieldsFragment[];
  status: LiveSessionStatus;
  /** Sequence of the event (or snapshot) the status was taken from. */
  statusSequence: number;
  /** Highest event sequence seen: a resubscription resumes after it. */
  highestSequence: number;
}

export interface ConsoleSnapshot {
  status: LiveSessionStatus;
  eventSequence: number;
  pinnedQuestion: { id: string } | null;
  questions: readonly LiveQuestionFieldsFragment[];
  polls: readonly LivePollFieldsFragment[];
}

export const EMPTY_CONSOLE_STATE: ConsoleState = {
  questions: new Map(),
  pinnedId: null,
  polls: [],
  status: 'SCHEDULED',
  statusSequence: -1,
  highestSequence: -1,
};

/**
 * Folds a query result in. The first one sets everything; a later one (urql refetches after a
 * mutation) keeps any question copy that is newer and only takes the status and pin when it is
 * at least as recent as the events already applied.
 */
export function mergeConsoleSnapshot(state: ConsoleState, snapshot: ConsoleSnapshot): ConsoleState {
  let questions = state.questions;
  for (const question of snapshot.questions) questions = upsertByRevision(questions, question);
  // Oldest first, so a poll the state does not hold yet goes before the older ones.
  const polls = [...snapshot.polls].reverse().reduce((held, poll) => upsertPoll(held, poll), state.polls);
  const current = snapshot.eventSequence >= state.highestSequence;
  return {
    questions,
    polls,
    pinnedId: current ? (snapshot.pinnedQuestion?.id ?? null) : state.pinnedId,
    status: snapshot.eventSequence >= state.statusSequence ? snapshot.status : state.status,
    statusSequence: Math.max(state.statusSequence, snapshot.eventSequence),
    highestSequence: Math.max(state.highestSequence, snapshot.eventSequence),
  };
}

/** A question as a mutation answered it: current unless an event already brought a newer copy. */
export function applyConsoleQuestion(state: ConsoleState, question: LiveQuestionFieldsFragment): ConsoleState {
  const questions = upsertByRevision(state.questions, question);
  if (questions === state.questions) return state;
  return { ...state, questions, pinnedId: nextPinnedId(state.pinnedId, question) };
}

/** A poll as an event or a mutation answered it: current unless a later copy is already held. */
export function applyConsolePoll(state: ConsoleState, poll: LivePollFieldsFragment): ConsoleState {
  const polls = upsertPoll(state.polls, poll);
  return polls === state.polls ? state : { ...state, polls };
}

/** Applies one liveSessionEvents event; older revisions and replayed events change nothing. */
export function applySessionEvent(state: ConsoleState, event: SessionEvent): ConsoleState {
  const withQuestion = event.question ? applyConsoleQuestion(state, event.question) : state;
  const withPoll = event.poll ? applyConsolePoll(withQuestion, event.poll) : withQuestion;
  return withEventSequence(state, withPoll, event);
}
