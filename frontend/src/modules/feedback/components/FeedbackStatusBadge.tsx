import type { FeedbackStatus } from '@/generated/graphql';
import { Badge } from '@/ui/data-display/Badge';
import { STATUS_LABELS, STATUS_TONES } from '../utils/feedbackLabels';

export function FeedbackStatusBadge({ status }: { status: FeedbackStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
