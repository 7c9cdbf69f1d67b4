import { Badge } from '@/ui/data-display/Badge';

/** Whether any patient message holds suspected PHI, in words. */
export function PhiMarker({ hasPhi }: { hasPhi: boolean }) {
  return hasPhi ? <Badge tone="warning">Suspected PHI</Badge> : <span className="muted">None found</span>;
}
