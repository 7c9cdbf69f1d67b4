import type {
  AudiencePollFieldsFragment,
  AudienceQuestionFieldsFragment,
  LiveAudienceFeedSubscription,
  LiveAudienceQuery,
  LiveSessionStatus,
  MyQuestionFieldsFragment,
  QuestionStatus,
} from '@/generated/graphql';
import { upsertPoll } from './pollResults';
import { nextPinnedId, upsertByRevision, withEventSequence } from './upsertByRevision';

export type AudienceEvent = LiveAudienceFeedSubscription['liveAudienceFeed'];
export type AudienceSnapshot = LiveAudienceQuery['liveAudience'];

/** What a participant holds of the session it joined. */
export interface AudienceState {
  /** Approved and answered questions, by id. */
  questions: ReadonlyMap<string, AudienceQuestionFieldsFragment>;
  /** Ids taken down, with the sequence of the removal: an older "shown" event must not bring one back. */
  removed: ReadonlyMap<string, number>;
  pinnedId: string | null;
  status: LiveSessionStatus;
  statusSequence: number;
  /** Highest event sequence seen: a resubscription resumes after it. */
  highestSequence: number;
  myQuestions: readonly MyQuestionFieldsFragment[];
  myUpvotes: ReadonlySet<string>;
  /** The latest question that appeared while watching, for the screen-reader announcement. */
  lastShown: AudienceQuestionFieldsFragment | null;
  /** The session's polls, newest first, with this participant's own answer. */
  polls: readonly AudiencePollFieldsFragment[];
}

export function audienceStateFrom(snapshot: AudienceSnapshot): AudienceState {
  const questions = new Map(snapshot.questions.map((question) => [question.id, question]));
  return {
    questions,
    removed: new Map(),
    pinnedId: snapshot.questions.find((question) => question.pinned)?.id ?? null,
    status: snapshot.session.status,
    statusSequence: snapshot.eventSequence,
    highestSequence: snapshot.eventSequence,
    myQuestions: snapshot.myQuestions,
    myUpvotes: new Set(snapshot.myUpvotes),
    lastShown: null,
    polls: snapshot.polls,
  };
}

function showQuestion(state: AudienceState, question: AudienceQuestionFieldsFragment, sequence: number) {
  const removedAt = state.removed.get(question.id);
  if (removedAt !== undefined && removedAt > sequence) return state;
  const questions = upsertByRevision(state.questions, question);
  if (questions === state.questions) return state;
  const removed = new Map(state.removed);
  removed.delete(question.id);
  return {
    ...state,
    questions,
    removed,
    pinnedId: nextPinnedId(state.pinnedId, question),
    lastShown: state.questions.has(question.id) ? state.lastShown : question,
  };
}

function removeQuestion(state: AudienceState, questionId: string, sequence: number): AudienceState {
  const questions = new Map(state.questions);
  questions.delete(questionId);
  const removed = new Map(state.removed).set(questionId, Math.max(sequence, state.removed.get(questionId) ?? 0));
  return { ...state, questions, removed, pinnedId: state.pinnedId === questionId ? null : state.pinnedId };
}

/** The feed's copy carries no answer (it is the same for everyone): the participant's own is kept. */
const keepMyAnswer = (held: AudiencePollFieldsFragment, next: AudiencePollFieldsFragment) => ({
  ...next,
  myAnswer: next.myAnswer ?? held.myAnswer,
});

function showPoll(state: AudienceState, results: NonNullable<AudienceEvent['poll']>): AudienceState {
  const polls = upsertPoll(state.polls, { ...results, myAnswer: null }, keepMyAnswer);
  return polls === state.polls ? state : { ...state, polls };
}

/** Applies one liveAudienceFeed event; replayed or out-of-date ones change nothing. */
export function applyAudienceEvent(state: AudienceState, event: AudienceEvent): AudienceState {
  let next = state;
  if (event.type === 'QUESTION_SHOWN' && event.question) next = showQuestion(state, event.question, event.sequence);
  if (event.type === 'QUESTION_REMOVED' && event.questionId)
    next = removeQuestion(state, event.questionId, event.sequence);
  if (event.type === 'POLL_CHANGED' && event.poll) next = showPoll(state, event.poll);
  return withEventSequence(state, next, event);
}

/**
 * The participant's answer went through: their choice, kept even when the feed already brought
 * counts newer than the answer's (which then stay).
 */
export function applyPollAnswer(state: AudienceState, poll: AudiencePollFieldsFragment): AudienceState {
  const counted = upsertPoll(state.polls, poll, keepMyAnswer);
  const polls = counted.map((held) =>
    held.id === poll.id && poll.myAnswer ? { ...held, myAnswer: poll.myAnswer } : held,
  );
  return { ...state, polls };
}

/** An upvote or its withdrawal went through: the count as answered, and the participant's own mark. */
export function applyUpvote(
  state: AudienceState,
  question: AudienceQuestionFieldsFragment,
  upvoted: boolean,
): AudienceState {
  const myUpvotes = new Set(state.myUpvotes);
  if (upvoted) myUpvotes.add(question.id);
  else myUpvotes.delete(question.id);
  const questions = state.removed.has(question.id) ? state.questions : upsertByRevision(state.questions, question);
  return { ...state, questions, myUpvotes };
}

/** A question the participant just asked, newest first. */
export function addMyQuestion(state: AudienceState, question: MyQuestionFieldsFragment): AudienceState {
  if (state.myQuestions.some((mine) => mine.id === question.id)) return state;
  return { ...state, myQuestions: [question, ...state.myQuestions] };
}

/**
 * A participant's question as it stands now: what the feed shows wins over the status it had
 * when it was asked or loaded; one taken down from the feed was rejected.
 */
export function myQuestionStatus(state: AudienceState, question: MyQuestionFieldsFragment): QuestionStatus {
  const shown = state.questions.get(question.id);
  if (shown) return shown.status;
  if (state.removed.has(question.id)) return 'REJECTED';
  return question.status;
}
