import { LiveSessionForm } from '@/modules/liveqa/components/LiveSessionForm';
import { useCreateLiveSession } from '@/modules/liveqa/hooks/useCreateLiveSession';
import { useModeratorOptions } from '@/modules/liveqa/hooks/useModeratorOptions';
import { EMPTY_LIVE_SESSION_FORM } from '@/modules/liveqa/utils/liveSessionFormValues';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { BackLink } from '@/ui/layout/BackLink';
import { PageHeading } from '@/ui/layout/PageHeading';

export function LiveSessionCreatePage() {
  const { canScheduleLiveSessions } = usePermissions();
  return (
    <RequirePermission allowed={canScheduleLiveSessions} what="schedule live sessions">
      <CreateLiveSession />
    </RequirePermission>
  );
}

function CreateLiveSession() {
  const createLiveSession = useCreateLiveSession();
  const moderators = useModeratorOptions();
  return (
    <>
      <BackLink to="/live-sessions">All live sessions</BackLink>
      <PageHeading title="New live session" />
      <LiveSessionForm
        initialValues={EMPTY_LIVE_SESSION_FORM}
        submitLabel="Create session"
        cancelTo="/live-sessions"
        onSubmit={createLiveSession}
        moderatorOptions={moderators.options}
        moderatorsLoading={moderators.loading}
      />
    </>
  );
}
