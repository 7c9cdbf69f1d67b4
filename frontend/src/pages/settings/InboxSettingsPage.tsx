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
import { PageHeading } from '@/ui/layout/PageHeading';
import { SettingsSections } from './SettingsSections';
import { SettingsLoading, useRereadSettings, useSettingsSnapshot } from './settingsSnapshot';

const TITLE = 'Inbox settings';

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
  const snapshot = useSettingsSnapshot(FeedbackSettingsDocument, selectSettings);
  const { queried, current: settings } = snapshot;
  const description = canChangeFeedbackSettings
    ? 'How soon the patient feedback inbox expects a first reply, and whether your website’s form sends feedback to it.'
    : 'How soon the patient feedback inbox expects a first reply, and whether your website’s form sends feedback to it. Only admins can change them.';

  if (!queried || !settings) {
    return (
      <SettingsLoading
        title={TITLE}
        label="Loading the inbox settings…"
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
      {canChangeFeedbackSettings ? (
        // Mounted once: the form keeps its base version (the last save's answer, or the latest
        // version read after a conflict) and the focus in it.
        <EditInboxSettings settings={queried} onSaved={snapshot.onSaved} />
      ) : (
        <FeedbackSettingsDetails settings={settings} />
      )}
    </>
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
