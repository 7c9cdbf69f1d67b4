import { useState } from 'react';
import { Link } from 'react-router';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { expiringSoonSearch } from '../utils/consentFilters';
import { CONSENTS_PATH } from '../utils/consentPaths';
import { CONSENT_REQUESTS_PATH } from '../utils/consentRequestLabels';

/** The registry's views: every consent, those expiring soon, and (for compliance staff) the online signing requests. */
export function ConsentViews() {
  const { canReadConsentRequests } = usePermissions();
  const [expiringSoon] = useState(() => expiringSoonSearch(new Date()));
  return (
    <nav className="consent-views" aria-label="Consent views">
      <Link to={CONSENTS_PATH}>All consents</Link>
      <Link to={`${CONSENTS_PATH}${expiringSoon}`}>Active, expiring within 30 days</Link>
      {canReadConsentRequests && <Link to={CONSENT_REQUESTS_PATH}>Signing requests</Link>}
    </nav>
  );
}
