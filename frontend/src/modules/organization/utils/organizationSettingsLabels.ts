import type { MissedPublications } from '@/generated/graphql';
import type { Option } from '@/ui/form/SelectField';
import { formatNumber } from '@/ui/utils/format';

/** What the retention period applies to, in the form's hint and beside the read-only value. */
export const QUESTION_RETENTION_EXPLANATION =
  'Rejected questions, original wording moderators edited away, participants’ names and the question text in the event log are deleted this many days after a live session ends.';

/** 30 → "30 days after a session ends". */
export function formatQuestionRetention(days: number): string {
  return `${formatNumber(days)} ${days === 1 ? 'day' : 'days'} after a session ends`;
}

/** What the scheduler does with a post whose time passed while publishing was stopped (an outage, a deployment). */
export const MISSED_PUBLICATION_OPTIONS: readonly Option<MissedPublications>[] = [
  { value: 'PUBLISH_LATE', label: 'Publish it as soon as publishing resumes, noting how late it went out' },
  { value: 'REPORT_LATE', label: 'Do not publish it late: mark it missed for someone to reschedule' },
];

export function missedPublicationLabel(choice: MissedPublications): string {
  return MISSED_PUBLICATION_OPTIONS.find((option) => option.value === choice)?.label ?? choice;
}
