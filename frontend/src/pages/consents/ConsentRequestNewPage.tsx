import { useState } from 'react';
import { ConsentRequestForm } from '@/modules/consent/components/ConsentRequestForm';
import { SigningLinkPanel } from '@/modules/consent/components/SigningLinkPanel';
import { useRequestConsent, type SentRequest } from '@/modules/consent/hooks/useRequestConsent';
import { CONSENT_REQUESTS_PATH } from '@/modules/consent/utils/consentRequestLabels';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { BackLink } from '@/ui/layout/BackLink';
import { PageHeading } from '@/ui/layout/PageHeading';

export function ConsentRequestNewPage() {
  const { canRequestConsents } = usePermissions();
  return (
    <RequirePermission allowed={canRequestConsents} what="send consents for online signing">
      <RequestConsent />
    </RequirePermission>
  );
}

/** The form, then (once sent) the one-time signing link in its place: it is held by this page only. */
function RequestConsent() {
  const [sent, setSent] = useState<SentRequest | null>(null);
  const requestConsent = useRequestConsent(setSent);
  return (
    <>
      <BackLink to={CONSENT_REQUESTS_PATH}>All signing requests</BackLink>
      <PageHeading
        title="Send for online signing"
        description="Everything the authorization says (45 CFR 164.508). The patient confirms their date of birth, acknowledges each statement and signs on their phone."
      />
      {sent ? (
        <SigningLinkPanel sent={sent} />
      ) : (
        <ConsentRequestForm cancelTo={CONSENT_REQUESTS_PATH} onSubmit={requestConsent} />
      )}
    </>
  );
}
