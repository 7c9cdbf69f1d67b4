import { useState } from 'react';
import { OrganizationSettingsDocument, type OrganizationSettingsFieldsFragment } from '@/generated/graphql';
import { useOneShotQuery } from '@/modules/api/hooks/useOneShotQuery';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { OrganizationSettingsDetails } from '@/modules/organization/components/OrganizationSettingsDetails';
import { OrganizationSettingsForm } from '@/modules/organization/components/OrganizationSettingsForm';
import { useUpdateOrganizationSettings } from '@/modules/organization/hooks/useUpdateOrganizationSettings';
import { organizationSettingsToFormValues } from '@/modules/organization/utils/organizationSettingsFormValues';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { useViewer } from '@/modules/viewer/hooks/useViewer';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { PageHeading } from '@/ui/layout/PageHeading';

const TITLE = 'Organisation settings';

export function OrganizationSettingsPage() {
  const { canViewOrganizationSettings } = usePermissions();
  return (
    <RequirePermission allowed={canViewOrganizationSettings} what="view the organisation settings">
      <OrganizationSettings />
    </RequirePermission>
  );
}

function OrganizationSettings() {
  const { canChangeOrganizationSettings } = usePermissions();
  const { organization } = useViewer();
  // A snapshot, not useQuery: urql would refetch it behind the form's back after every save.
  const [{ data, error, fetching }, reload] = useOneShotQuery(OrganizationSettingsDocument, {});
  const [saved, setSaved] = useState<OrganizationSettingsFieldsFragment | null>(null);
  const queried = data?.organizationSettings;
  const settings = saved && queried && saved.version > queried.version ? saved : queried;

  const description = canChangeOrganizationSettings
    ? `These apply to everyone in ${organization.name}.`
    : `These apply to everyone in ${organization.name}. Only admins can change them.`;

  if (!queried || !settings) {
    return (
      <>
        <PageHeading title={TITLE} />
        {error && !fetching ? (
          <ErrorState message={describeGraphqlError(error)} onRetry={reload} />
        ) : (
          <LoadingState label="Loading settings…" />
        )}
      </>
    );
  }
  return (
    <>
      <PageHeading title={TITLE} description={description} />
      {canChangeOrganizationSettings ? (
        // A reload after a conflict brings a new version: remount the form with fresh values. A save
        // keeps the form (and the focus in it); its answer becomes the version the next save sends.
        <EditOrganizationSettings
          key={queried.version}
          settings={settings}
          saved={settings === saved}
          onSaved={setSaved}
          onReload={reload}
        />
      ) : (
        <OrganizationSettingsDetails settings={settings} />
      )}
    </>
  );
}

function EditOrganizationSettings({
  settings,
  saved,
  onSaved,
  onReload,
}: {
  settings: OrganizationSettingsFieldsFragment;
  saved: boolean;
  onSaved: (settings: OrganizationSettingsFieldsFragment) => void;
  onReload: () => void;
}) {
  // What the form starts from; later saves keep what was typed.
  const [initialValues] = useState(() => organizationSettingsToFormValues(settings));
  const update = useUpdateOrganizationSettings(settings, onSaved);
  return <OrganizationSettingsForm initialValues={initialValues} onSubmit={update} onReload={onReload} saved={saved} />;
}
