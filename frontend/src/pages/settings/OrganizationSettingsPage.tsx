import { useCallback, useState } from 'react';
import {
  OrganizationSettingsDocument,
  type OrganizationSettingsFieldsFragment,
  type OrganizationSettingsQuery,
} from '@/generated/graphql';
import { ConflictResolution } from '@/modules/api/components/ConflictResolution';
import { useEditConflict } from '@/modules/api/hooks/useEditConflict';
import { OrganizationSettingsDetails } from '@/modules/organization/components/OrganizationSettingsDetails';
import { OrganizationSettingsForm } from '@/modules/organization/components/OrganizationSettingsForm';
import { useUpdateOrganizationSettings } from '@/modules/organization/hooks/useUpdateOrganizationSettings';
import { ORGANIZATION_SETTINGS_CONFLICT_FIELDS } from '@/modules/organization/utils/organizationSettingsConflictFields';
import { organizationSettingsToFormValues } from '@/modules/organization/utils/organizationSettingsFormValues';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { useViewer } from '@/modules/viewer/hooks/useViewer';
import { PageHeading } from '@/ui/layout/PageHeading';
import { SettingsSections } from './SettingsSections';
import { SettingsLoading, useRereadSettings, useSettingsSnapshot } from './settingsSnapshot';

const TITLE = 'Organisation settings';

export function OrganizationSettingsPage() {
  const { canViewOrganizationSettings } = usePermissions();
  return (
    <RequirePermission allowed={canViewOrganizationSettings} what="view the organisation settings">
      <OrganizationSettings />
    </RequirePermission>
  );
}

const selectSettings = (data: OrganizationSettingsQuery) => data.organizationSettings;

function OrganizationSettings() {
  const { canChangeOrganizationSettings } = usePermissions();
  const { organization } = useViewer();
  const snapshot = useSettingsSnapshot(OrganizationSettingsDocument, selectSettings);
  const { queried, current: settings } = snapshot;

  const description = canChangeOrganizationSettings
    ? `These apply to everyone in ${organization.name}.`
    : `These apply to everyone in ${organization.name}. Only admins can change them.`;

  if (!queried || !settings) {
    return (
      <SettingsLoading
        title={TITLE}
        label="Loading settings…"
        error={snapshot.error}
        fetching={snapshot.fetching}
        onRetry={snapshot.reload}
      />
    );
  }
  return (
    <>
      <PageHeading title={TITLE} description={description} />
      <SettingsSections />
      {canChangeOrganizationSettings ? (
        // Mounted once: the form keeps its base version (the last save's answer, or the latest
        // version read after a conflict) and the focus in it.
        <EditOrganizationSettings settings={queried} onSaved={snapshot.onSaved} />
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
  const reread = useRereadSettings(OrganizationSettingsDocument, selectSettings);
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
