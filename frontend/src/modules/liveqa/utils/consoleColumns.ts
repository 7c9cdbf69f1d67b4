import type { LiveQuestionFieldsFragment } from '@/generated/graphql';
import { compareByPinUpvotesNewest, time } from './questionOrder';

export interface ConsoleColumns {
  /** Oldest first: moderators work through the queue in the order questions came in. */
  pending: LiveQuestionFieldsFragment[];
  /** The pinned one first, then most upvoted, then newest: what the host should take next. */
  approved: LiveQuestionFieldsFragment[];
  /** Most recently answered first. */
  answered: LiveQuestionFieldsFragment[];
  rejectedCount: number;
}

const byCreated = (a: LiveQuestionFieldsFragment, b: LiveQuestionFieldsFragment) =>
  time(a.createdAt) - time(b.createdAt) || a.id.localeCompare(b.id);

export function consoleColumns(
  questions: Iterable<LiveQuestionFieldsFragment>,
  pinnedId: string | null,
): ConsoleColumns {
  const columns: ConsoleColumns = { pending: [], approved: [], answered: [], rejectedCount: 0 };
  for (const question of questions) {
    if (question.status === 'PENDING') columns.pending.push(question);
    else if (question.status === 'APPROVED') columns.approved.push(question);
    else if (question.status === 'ANSWERED') columns.answered.push(question);
    else columns.rejectedCount += 1;
  }
  columns.pending.sort(byCreated);
  columns.approved.sort(compareByPinUpvotesNewest(pinnedId));
  columns.answered.sort((a, b) => time(b.answer?.answeredAt) - time(a.answer?.answeredAt) || byCreated(b, a));
  return columns;
}

/** The order j/k walk through: down the pending column, then approved, then answered. */
export const selectionOrder = (columns: ConsoleColumns) =>
  [...columns.pending, ...columns.approved, ...columns.answered].map((question) => question.id);

/** The question after `id` in its column, or the one before when it is the last; null when alone. */
export function neighbourOf(columns: ConsoleColumns, id: string): string | null {
  const column =
    [columns.pending, columns.approved, columns.answered].find((c) => c.some((question) => question.id === id)) ?? [];
  const index = column.findIndex((question) => question.id === id);
  if (index < 0) return null;
  return (column[index + 1] ?? column[index - 1])?.id ?? null;
}

export const findQuestion = (columns: ConsoleColumns, id: string) =>
  [...columns.pending, ...columns.approved, ...columns.answered].find((question) => question.id === id);
