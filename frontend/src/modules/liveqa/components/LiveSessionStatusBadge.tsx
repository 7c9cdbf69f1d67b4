import type { LiveSessionStatus } from '@/generated/graphql';
import { Badge } from '@/ui/data-display/Badge';
import { LIVE_SESSION_STATUS_LABELS, LIVE_SESSION_STATUS_TONES } from '../utils/liveSessionLabels';

export function LiveSessionStatusBadge({ status }: { status: LiveSessionStatus }) {
  return <Badge tone={LIVE_SESSION_STATUS_TONES[status]}>{LIVE_SESSION_STATUS_LABELS[status]}</Badge>;
}
