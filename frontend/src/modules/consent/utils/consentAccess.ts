import type { Role } from '@/generated/graphql';
import { canReadConsents } from '@/modules/viewer/utils/permissions';

/** Those who act on a consent's expiry: compliance staff renew it, marketers stop planning on it. */
const EXPIRY_WATCHERS: readonly Role[] = ['ADMIN', 'COMPLIANCE_OFFICER', 'MARKETER'];

/** Who sees the home panel "Consents expiring within 30 days". */
export const canWatchConsentExpiry = (roles: readonly Role[]) =>
  canReadConsents(roles) && roles.some((role) => EXPIRY_WATCHERS.includes(role));
