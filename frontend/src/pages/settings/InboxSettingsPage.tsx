import { useCallback, useState } from 'react';
import {
  FeedbackSettingsDocument,
  type FeedbackSettingsFieldsFragment,
  type FeedbackSettingsQuery,
} from '@/generated/graphql';
import { ConflictResolution } from '@/modules/api/components/ConflictResolution';
import { useEditConflict } from '@/modules/api/hooks/useEditConflict';
import { FeedbackSettingsDetails } from '@/modules/feedback/components/FeedbackSettingsDetails';
import { FeedbackSettingsForm } from '@/modules/feedback/components/FeedbackSettingsForm';
import { useUpdateFeedbackSettings } from '@/modules/feedback/hooks/useUpdateFeedbackSettings';
import {
  FEEDBACK_SETTINGS_CONFLICT_FIELDS,
  feedbackSettingsToFormValues,
} from '@/modules/feedback/utils/feedbackSettingsForm';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { useViewer } from '@/modules/viewer/hooks/useViewer';
import { SettingsFrame, useRereadSettings, useSettingsSnapshot } from './settingsSnapshot';

export function InboxSettingsPage() {
  const { canReadFeedbackSettings } = usePermissions();
  return (
    <RequirePermission allowed={canReadFeedbackSettings} what="view the inbox settings">
      <InboxSettings />
    </RequirePermission>
  );
}

const selectSettings = (data: FeedbackSettingsQuery) => data.feedbackSettings;

function InboxSettings() {
  const { canChangeFeedbackSettings } = usePermissions();
  return (
    <SettingsFrame
      title="Inbox settings"
      description="How soon the patient feedback inbox expects a first reply, and whether your website’s form sends feedback to it."
      loadingLabel="Loading the inbox settings…"
      snapshot={useSettingsSnapshot(FeedbackSettingsDocument, selectSettings)}
      canChange={canChangeFeedbackSettings}
      edit={({ queried, onSaved }) => <EditInboxSettings settings={queried} onSaved={onSaved} />}
      details={(settings) => <FeedbackSettingsDetails settings={settings} />}
    />
  );
}

function EditInboxSettings({
  settings,
  onSaved,
}: {
  settings: FeedbackSettingsFieldsFragment;
  onSaved: (settings: FeedbackSettingsFieldsFragment) => void;
}) {
  const { organization } = useViewer();
  const reread = useRereadSettings(FeedbackSettingsDocument, selectSettings);
  const edit = useEditConflict({
    original: settings,
    toValues: feedbackSettingsToFormValues,
    fields: FEEDBACK_SETTINGS_CONFLICT_FIELDS,
    reread,
  });
  const [justSaved, setJustSaved] = useState(false);
  const { onSaved: rebase } = edit;
  const saved = useCallback(
    (latest: FeedbackSettingsFieldsFragment) => {
      rebase(latest);
      setJustSaved(true);
      onSaved(latest);
    },
    [onSaved, rebase],
  );
  const update = useUpdateFeedbackSettings(edit.base, saved);
  return (
    <FeedbackSettingsForm
      key={edit.formKey}
      initialValues={edit.startValues}
      savedValues={edit.baseValues}
      onSubmit={update}
      onConflict={() => {
        setJustSaved(false);
        edit.onConflict();
      }}
      renderConflict={(values) => <ConflictResolution edit={edit} values={values} what="inbox settings" plural />}
      slug={organization.slug}
      saved={justSaved}
    />
  );
}
