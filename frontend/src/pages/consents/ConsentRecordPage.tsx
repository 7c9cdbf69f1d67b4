import { ConsentForm } from '@/modules/consent/components/ConsentForm';
import { useRecordConsent } from '@/modules/consent/hooks/useRecordConsent';
import { CONSENTS_PATH } from '@/modules/consent/utils/consentPaths';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { BackLink } from '@/ui/layout/BackLink';
import { PageHeading } from '@/ui/layout/PageHeading';

export function ConsentRecordPage() {
  const { canWriteConsents } = usePermissions();
  return (
    <RequirePermission allowed={canWriteConsents} what="record consents">
      <RecordConsent />
    </RequirePermission>
  );
}

function RecordConsent() {
  const recordConsent = useRecordConsent();
  return (
    <>
      <BackLink to={CONSENTS_PATH}>All consents</BackLink>
      <PageHeading
        title="Record consent"
        description="A patient’s signed authorization to post their story, photo or voice (45 CFR 164.508)."
      />
      <ConsentForm cancelTo={CONSENTS_PATH} onSubmit={recordConsent} />
    </>
  );
}
