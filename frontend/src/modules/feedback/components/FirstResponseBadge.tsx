import type { FeedbackThreadSummaryFragment } from '@/generated/graphql';
import { Badge } from '@/ui/data-display/Badge';
import { formatDateTime } from '@/ui/utils/format';
import { firstResponseState } from '../utils/firstResponse';

type Timed = Pick<FeedbackThreadSummaryFragment, 'status' | 'firstResponseDueAt' | 'firstRespondedAt' | 'overdue'>;

/** "Overdue by 2 h", "Due in 35 min", "Answered": the words carry the state, the colour only repeats it. */
export function FirstResponseBadge({ thread, now }: { thread: Timed; now: number }) {
  const state = firstResponseState(thread, now);
  const when = thread.firstRespondedAt ?? thread.firstResponseDueAt;
  return (
    <span title={`${thread.firstRespondedAt ? 'First reply' : 'First reply due'} ${formatDateTime(when)}`}>
      <Badge tone={state.tone}>{state.kind === 'overdue' ? `⚠ ${state.text}` : state.text}</Badge>
    </span>
  );
}
