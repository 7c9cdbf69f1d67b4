import type { ConsentRequestStatus } from '@/generated/graphql';
import type { BadgeTone } from '@/ui/data-display/Badge';

// Typed by the generated enum: a status added to the schema fails the build until labelled.
export const CONSENT_REQUEST_STATUS_LABELS: Record<ConsentRequestStatus, string> = {
  PENDING: 'Waiting for signature',
  SIGNED: 'Signed',
  CANCELLED: 'Cancelled',
  EXPIRED: 'Link expired',
  LOCKED: 'Locked',
};

export const CONSENT_REQUEST_STATUS_TONES: Record<ConsentRequestStatus, BadgeTone> = {
  PENDING: 'info',
  SIGNED: 'success',
  CANCELLED: 'muted',
  EXPIRED: 'muted',
  LOCKED: 'warning',
};

export const CONSENT_REQUEST_STATUS_OPTIONS = (
  Object.keys(CONSENT_REQUEST_STATUS_LABELS) as ConsentRequestStatus[]
).map((value) => ({ value, label: CONSENT_REQUEST_STATUS_LABELS[value] }));

export const isConsentRequestStatus = (value: string | null): value is ConsentRequestStatus =>
  value !== null && Object.hasOwn(CONSENT_REQUEST_STATUS_LABELS, value);

export const CONSENT_REQUESTS_PATH = '/consents/requests';
export const NEW_CONSENT_REQUEST_PATH = '/consents/requests/new';
/** Global IDs are opaque (base64 may hold "/", "+", "="), so they are always encoded in paths. */
export const consentRequestPath = (id: string) => `${CONSENT_REQUESTS_PATH}/${encodeURIComponent(id)}`;
