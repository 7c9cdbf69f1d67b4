import type { ContentStatus } from '@/generated/graphql';
import { Badge } from '@/ui/data-display/Badge';
import { CONTENT_STATUS_LABELS, CONTENT_STATUS_TONES } from '../utils/contentLabels';

export function ContentStatusBadge({ status }: { status: ContentStatus }) {
  return <Badge tone={CONTENT_STATUS_TONES[status]}>{CONTENT_STATUS_LABELS[status]}</Badge>;
}
