import type { LiveQuestionFieldsFragment } from '@/generated/graphql';
import { time } from './questionOrder';

type Question = LiveQuestionFieldsFragment;

export type Queue = 'pending' | 'approved' | 'answered' | 'rejected';
export type QueueSort = 'votes' | 'newest' | 'oldest';

export interface ConsoleColumns {
  pending: Question[];
  approved: Question[];
  answered: Question[];
  /** Shown in the console's Rejected view, where moderators may restore them. */
  rejected: Question[];
}

export interface ColumnOptions {
  sort?: Partial<Record<Queue, QueueSort>>;
  /** Only questions whose text (or asker) holds this, case-insensitively; blank for all. */
  search?: string;
}

/**
 * How each queue is sorted until the moderator picks otherwise: pending oldest first (the order
 * questions came in), approved by votes (what the host should take next), answered and rejected
 * newest first.
 */
export const DEFAULT_SORT: Record<Queue, QueueSort> = {
  pending: 'oldest',
  approved: 'votes',
  answered: 'newest',
  rejected: 'newest',
};

/** When a question entered its queue, near enough: answered ones by their answer's time. */
const queueTime = (queue: Queue, question: Question) =>
  queue === 'answered' ? time(question.answer?.answeredAt) || time(question.createdAt) : time(question.createdAt);

function comparator(queue: Queue, sort: QueueSort, pinnedId: string | null) {
  const oldest = (a: Question, b: Question) => queueTime(queue, a) - queueTime(queue, b) || a.id.localeCompare(b.id);
  const order =
    sort === 'votes'
      ? (a: Question, b: Question) => b.upvoteCount - a.upvoteCount || oldest(b, a)
      : sort === 'newest'
        ? (a: Question, b: Question) => oldest(b, a)
        : oldest;
  // The pinned question stays on top of its queue, whatever the order: it is the one on screen.
  return (a: Question, b: Question) => Number(b.id === pinnedId) - Number(a.id === pinnedId) || order(a, b);
}

export function matchesSearch(question: Question, search: string): boolean {
  const needle = search.trim().toLocaleLowerCase();
  if (!needle) return true;
  return [question.text, question.askedBy].some((value) => value?.toLocaleLowerCase().includes(needle));
}

export function consoleColumns(
  questions: Iterable<Question>,
  pinnedId: string | null,
  options: ColumnOptions = {},
): ConsoleColumns {
  const columns: ConsoleColumns = { pending: [], approved: [], answered: [], rejected: [] };
  const search = options.search ?? '';
  for (const question of questions) {
    if (!matchesSearch(question, search)) continue;
    columns[question.status.toLowerCase() as Queue].push(question);
  }
  for (const queue of Object.keys(columns) as Queue[]) {
    columns[queue].sort(comparator(queue, options.sort?.[queue] ?? DEFAULT_SORT[queue], pinnedId));
  }
  return columns;
}

/** How many questions each queue holds, before any search. */
export function queueCounts(questions: Iterable<Question>): Record<Queue, number> {
  const counts: Record<Queue, number> = { pending: 0, approved: 0, answered: 0, rejected: 0 };
  for (const question of questions) counts[question.status.toLowerCase() as Queue] += 1;
  return counts;
}

/** The lists on screen, in reading order. */
export type VisibleLists = readonly (readonly Question[])[];

/** The order j/k walk through: down the first list on screen, then the next. */
export const selectionOrder = (lists: VisibleLists) => lists.flat().map((question) => question.id);

/** The question after `id` in its list, or the one before when it is the last; null when alone. */
export function neighbourOf(lists: VisibleLists, id: string): string | null {
  const list = lists.find((l) => l.some((question) => question.id === id)) ?? [];
  const index = list.findIndex((question) => question.id === id);
  if (index < 0) return null;
  return (list[index + 1] ?? list[index - 1])?.id ?? null;
}

export const findQuestion = (lists: VisibleLists, id: string) => lists.flat().find((question) => question.id === id);
