import { useCallback, useState } from 'react';
import { useClient } from 'urql';
import { FeedbackSettingsDocument, type FeedbackSettingsFieldsFragment } from '@/generated/graphql';
import { ConflictResolution } from '@/modules/api/components/ConflictResolution';
import { useEditConflict } from '@/modules/api/hooks/useEditConflict';
import { useOneShotQuery } from '@/modules/api/hooks/useOneShotQuery';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
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
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { PageHeading } from '@/ui/layout/PageHeading';
import { SettingsSections } from './SettingsSections';

const TITLE = 'Inbox settings';

export function InboxSettingsPage() {
  const { canReadFeedbackSettings } = usePermissions();
  return (
    <RequirePermission allowed={canReadFeedbackSettings} what="view the inbox settings">
      <InboxSettings />
    </RequirePermission>
  );
}

function InboxSettings() {
  const { canChangeFeedbackSettings } = usePermissions();
  // A snapshot, not useQuery: urql would refetch it behind the form's back after every save.
  const [{ data, error, fetching }, reload] = useOneShotQuery(FeedbackSettingsDocument, {});
  const [saved, setSaved] = useState<FeedbackSettingsFieldsFragment | null>(null);
  const queried = data?.feedbackSettings;
  const settings = saved && queried && saved.version > queried.version ? saved : queried;
  const description = canChangeFeedbackSettings
    ? 'How soon the patient feedback inbox expects a first reply, and whether your website’s form sends feedback to it.'
    : 'How soon the patient feedback inbox expects a first reply, and whether your website’s form sends feedback to it. Only admins can change them.';

  if (!queried || !settings) {
    return (
      <>
        <PageHeading title={TITLE} />
        <SettingsSections />
        {error && !fetching ? (
          <ErrorState message={describeGraphqlError(error)} onRetry={reload} />
        ) : (
          <LoadingState label="Loading the inbox settings…" />
        )}
      </>
    );
  }
  return (
    <>
      <PageHeading title={TITLE} description={description} />
      <SettingsSections />
      {canChangeFeedbackSettings ? (
        // Mounted once: the form keeps its base version (the last save's answer, or the latest
        // version read after a conflict) and the focus in it.
        <EditInboxSettings settings={queried} onSaved={setSaved} />
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
  const client = useClient();
  const { organization } = useViewer();
  const reread = useCallback(
    () =>
      client
        .query(FeedbackSettingsDocument, {}, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => result.data?.feedbackSettings),
    [client],
  );
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
