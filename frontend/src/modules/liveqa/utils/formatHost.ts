import type { LiveSessionSummaryFragment } from '@/generated/graphql';

/** "Dr. Ana Ruiz, MD, Pediatrics", or the name alone. */
export const formatHost = (host: LiveSessionSummaryFragment['host']) =>
  host.credentials ? `${host.name}, ${host.credentials}` : host.name;
