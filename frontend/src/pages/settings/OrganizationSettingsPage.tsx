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
import { SettingsFrame, useRereadSettings, useSettingsSnapshot } from './settingsSnapshot';

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
  return (
    <SettingsFrame
      title="Organisation settings"
      description={`These apply to everyone in ${organization.name}.`}
      loadingLabel="Loading settings…"
      snapshot={useSettingsSnapshot(OrganizationSettingsDocument, selectSettings)}
      canChange={canChangeOrganizationSettings}
      edit={({ queried, onSaved }) => <EditOrganizationSettings settings={queried} onSaved={onSaved} />}
      details={(settings) => <OrganizationSettingsDetails settings={settings} />}
    />
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
