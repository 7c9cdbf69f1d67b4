import { useState } from 'react';
import { PostingPolicySettingsDocument, type PostingPolicyFieldsFragment } from '@/generated/graphql';
import { useOneShotQuery } from '@/modules/api/hooks/useOneShotQuery';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { PostingPolicyDetails } from '@/modules/posting-policy/components/PostingPolicyDetails';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { Alert } from '@/ui/feedback/Alert';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { PageHeading } from '@/ui/layout/PageHeading';
import { formatDateTime } from '@/ui/utils/format';
import { EditPostingPolicy } from './EditPostingPolicy';
import { SettingsSections } from './SettingsSections';

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
  // A snapshot, not useQuery: urql would refetch it behind the form's back after every save.
  const [{ data, error, fetching }, reload] = useOneShotQuery(PostingPolicySettingsDocument, {});
  const [saved, setSaved] = useState<PostingPolicyFieldsFragment | null>(null);
  const queried = data?.postingPolicy;
  const policy = saved && queried && saved.version > queried.version ? saved : queried;

  if (!queried || !policy) {
    return (
      <>
        <PageHeading title={TITLE} />
        <SettingsSections />
        {error && !fetching ? (
          <ErrorState message={describeGraphqlError(error)} onRetry={reload} />
        ) : (
          <LoadingState label="Loading the posting policy…" />
        )}
      </>
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
        <EditPostingPolicy policy={queried} onSaved={setSaved} />
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
