import { formatNumber } from '@/ui/utils/format';

/** What the retention period applies to, in the form's hint and beside the read-only value. */
export const QUESTION_RETENTION_EXPLANATION =
  'Rejected questions, original wording moderators edited away, participants’ names and the question text in the event log are deleted this many days after a live session ends.';

/** 30 → "30 days after a session ends". */
export function formatQuestionRetention(days: number): string {
  return `${formatNumber(days)} ${days === 1 ? 'day' : 'days'} after a session ends`;
}
