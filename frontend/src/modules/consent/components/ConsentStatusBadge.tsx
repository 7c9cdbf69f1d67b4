import type { ConsentStatus } from '@/generated/graphql';
import { Badge } from '@/ui/data-display/Badge';
import { CONSENT_STATUS_LABELS, CONSENT_STATUS_TONES } from '../utils/consentLabels';

export function ConsentStatusBadge({ status }: { status: ConsentStatus }) {
  return <Badge tone={CONSENT_STATUS_TONES[status]}>{CONSENT_STATUS_LABELS[status]}</Badge>;
}
