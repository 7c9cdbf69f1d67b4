import { useCallback, useState } from 'react';
import { useClient } from 'urql';
import { OrganizationSettingsDocument, type OrganizationSettingsFieldsFragment } from '@/generated/graphql';
import { useOneShotQuery } from '@/modules/api/hooks/useOneShotQuery';
import { ConflictResolution } from '@/modules/api/components/ConflictResolution';
import { useEditConflict } from '@/modules/api/hooks/useEditConflict';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { OrganizationSettingsDetails } from '@/modules/organization/components/OrganizationSettingsDetails';
import { OrganizationSettingsForm } from '@/modules/organization/components/OrganizationSettingsForm';
import { useUpdateOrganizationSettings } from '@/modules/organization/hooks/useUpdateOrganizationSettings';
import { ORGANIZATION_SETTINGS_CONFLICT_FIELDS } from '@/modules/organization/utils/organizationSettingsConflictFields';
import { organizationSettingsToFormValues } from '@/modules/organization/utils/organizationSettingsFormValues';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { useViewer } from '@/modules/viewer/hooks/useViewer';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { PageHeading } from '@/ui/layout/PageHeading';
import { SettingsSections } from './SettingsSections';

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
        <SettingsSections />
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
      <SettingsSections />
      {canChangeOrganizationSettings ? (
        // Mounted once: the form keeps its base version (the last save's answer, or the latest
        // version read after a conflict) and the focus in it.
        <EditOrganizationSettings settings={queried} onSaved={setSaved} />
      ) : (
        <OrganizationSettingsDetails settings={settings} />
      )}
    </>
  );
}

function EditOrganizationSettings({
  settings,
  onSaved,
}: {
  settings: OrganizationSettingsFieldsFragment;
  onSaved: (settings: OrganizationSettingsFieldsFragment) => void;
}) {
  const client = useClient();
  const reread = useCallback(
    () =>
      client
        .query(OrganizationSettingsDocument, {}, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => result.data?.organizationSettings),
    [client],
  );
  const edit = useEditConflict({
    original: settings,
    toValues: organizationSettingsToFormValues,
    fields: ORGANIZATION_SETTINGS_CONFLICT_FIELDS,
    reread,
  });
  const [justSaved, setJustSaved] = useState(false);
  const { onSaved: rebase } = edit;
  const saved = useCallback(
    (latest: OrganizationSettingsFieldsFragment) => {
      rebase(latest);
      setJustSaved(true);
      onSaved(latest);
    },
    [onSaved, rebase],
  );
  const update = useUpdateOrganizationSettings(edit.base, saved);
  return (
    <OrganizationSettingsForm
      key={edit.formKey}
      initialValues={edit.startValues}
      savedValues={edit.baseValues}
      onSubmit={update}
      onConflict={() => {
        setJustSaved(false);
        edit.onConflict();
      }}
      renderConflict={(values) => <ConflictResolution edit={edit} values={values} what="settings" plural />}
      saved={justSaved}
    />
  );
}
