import type { FeedbackThreadSummaryFragment } from '@/generated/graphql';
import type { BadgeTone } from '@/ui/data-display/Badge';

type Timed = Pick<FeedbackThreadSummaryFragment, 'status' | 'firstResponseDueAt' | 'firstRespondedAt' | 'overdue'>;

export interface FirstResponseState {
  kind: 'answered' | 'overdue' | 'due' | 'closed';
  /** The whole state in words, e.g. "Overdue by 2 h": never told by colour alone. */
  text: string;
  tone: BadgeTone;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "35 min", "2 h", "3 days": rounded down to the largest unit that reads well. */
export function formatSpan(ms: number): string {
  if (ms < MINUTE) return 'less than a minute';
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`;
  if (ms < 2 * DAY) return `${Math.floor(ms / HOUR)} h`;
  return `${Math.floor(ms / DAY)} days`;
}

/**
 * Where a thread stands against the organisation's first-response time, at `now`: answered,
 * overdue by how long, or due in how long. The server's `overdue` was true when the thread was
 * read; a due time that has passed since counts too, so an open page does not say "due" late.
 */
export function firstResponseState(thread: Timed, now: number): FirstResponseState {
  if (thread.firstRespondedAt) return { kind: 'answered', text: 'Answered', tone: 'success' };
  // Resolved without a reply (a phone call, a duplicate): nothing is due any more.
  if (thread.status === 'RESOLVED') return { kind: 'closed', text: 'No reply needed', tone: 'muted' };
  const due = Date.parse(thread.firstResponseDueAt);
  if (thread.overdue || due <= now) {
    return { kind: 'overdue', text: `Overdue by ${formatSpan(Math.max(0, now - due))}`, tone: 'warning' };
  }
  return { kind: 'due', text: `Due in ${formatSpan(due - now)}`, tone: 'info' };
}
