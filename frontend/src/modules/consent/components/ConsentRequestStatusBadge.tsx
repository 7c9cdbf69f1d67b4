import type { ConsentRequestStatus } from '@/generated/graphql';
import { Badge } from '@/ui/data-display/Badge';
import { CONSENT_REQUEST_STATUS_LABELS, CONSENT_REQUEST_STATUS_TONES } from '../utils/consentRequestLabels';

export function ConsentRequestStatusBadge({ status }: { status: ConsentRequestStatus }) {
  return <Badge tone={CONSENT_REQUEST_STATUS_TONES[status]}>{CONSENT_REQUEST_STATUS_LABELS[status]}</Badge>;
}
