import { PostingPolicySettingsDocument, type PostingPolicyFieldsFragment } from '@/generated/graphql';
import { PostingPolicyDetails } from '@/modules/posting-policy/components/PostingPolicyDetails';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { Alert } from '@/ui/feedback/Alert';
import { PageHeading } from '@/ui/layout/PageHeading';
import { formatDateTime } from '@/ui/utils/format';
import { EditPostingPolicy, selectPolicy } from './EditPostingPolicy';
import { SettingsSections } from './SettingsSections';
import { SettingsLoading, useSettingsSnapshot } from './settingsSnapshot';

const TITLE = 'Posting policy';

export function PostingPolicyPage() {
  const { canReadPostingPolicy } = usePermissions();
  return (
    <RequirePermission allowed={canReadPostingPolicy} what="read the posting policy">
      <PostingPolicy />
    </RequirePermission>
  );
}

/** "Version 3, last changed 2 Mar 2026, 09:00 by Ada Admin." */
function versionLine(policy: PostingPolicyFieldsFragment): string {
  if (policy.version === 0) return 'Your organisation has no posting policy yet.';
  const by = policy.updatedBy?.name ?? policy.updatedBy?.email;
  const when = policy.updatedAt ? `, last changed ${formatDateTime(policy.updatedAt)}${by ? ` by ${by}` : ''}` : '';
  return `Version ${policy.version}${when}.`;
}

function PostingPolicy() {
  const { canChangePostingPolicy } = usePermissions();
  const snapshot = useSettingsSnapshot(PostingPolicySettingsDocument, selectPolicy);
  const { queried, current: policy } = snapshot;

  if (!queried || !policy) {
    return (
      <SettingsLoading
        title={TITLE}
        label="Loading the posting policy…"
        error={snapshot.error}
        fetching={snapshot.fetching}
        onRetry={snapshot.reload}
      />
    );
  }
  return (
    <>
      <PageHeading
        title={TITLE}
        description={`What everyone who writes content accepts first, and the rules checked when an item is submitted for review. ${versionLine(policy)}`}
      />
      <SettingsSections />
      {canChangePostingPolicy ? (
        // Mounted once: the form keeps its base version (the last save's answer, or the latest
        // version read after a conflict) and the focus in it.
        <EditPostingPolicy policy={queried} onSaved={snapshot.onSaved} />
      ) : policy.version === 0 ? (
        <p>Your organisation’s admins have not written one. Until they do, nothing needs accepting.</p>
      ) : (
        <>
          <Alert tone={policy.acknowledgedByMe ? 'success' : 'info'} live={false}>
            {policy.acknowledgedByMe
              ? `You have accepted version ${policy.version}.`
              : `You have not accepted version ${policy.version} yet. You will be asked to before you next create content.`}
          </Alert>
          <PostingPolicyDetails policy={policy} />
        </>
      )}
    </>
  );
}
