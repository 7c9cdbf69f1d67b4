import type { SurveyStatus } from '@/generated/graphql';
import { Badge } from '@/ui/data-display/Badge';
import { STATUS_LABELS, STATUS_TONES } from '../utils/surveyLabels';

export function SurveyStatusBadge({ status }: { status: SurveyStatus }) {
  return <Badge tone={STATUS_TONES[status]}>{STATUS_LABELS[status]}</Badge>;
}
