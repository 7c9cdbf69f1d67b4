import { useCallback, useMemo, useState } from 'react';
import {
  PostingPolicySettingsDocument,
  type PostingPolicyFieldsFragment,
  type PostingPolicySettingsQuery,
} from '@/generated/graphql';
import { ConflictResolution } from '@/modules/api/components/ConflictResolution';
import { useEditConflict } from '@/modules/api/hooks/useEditConflict';
import { useContentFormOptions } from '@/modules/content/hooks/useContentFormOptions';
import { PostingPolicyForm } from '@/modules/posting-policy/components/PostingPolicyForm';
import { useUpdatePostingPolicy } from '@/modules/posting-policy/hooks/useUpdatePostingPolicy';
import { postingPolicyConflictFields } from '@/modules/posting-policy/utils/postingPolicyConflictFields';
import { postingPolicyToFormValues } from '@/modules/posting-policy/utils/postingPolicyFormValues';
import { useRereadSettings } from './settingsSnapshot';

/** The policy of the page's query (stable, for the snapshot and the reread). */
export const selectPolicy = (data: PostingPolicySettingsQuery) => data.postingPolicy;

interface Props {
  policy: PostingPolicyFieldsFragment;
  onSaved: (policy: PostingPolicyFieldsFragment) => void;
}

/** The admin's editor: the policy read, saved as the next version, a lost race shown beside Save. */
export function EditPostingPolicy({ policy, onSaved }: Props) {
  const options = useContentFormOptions();
  const reread = useRereadSettings(PostingPolicySettingsDocument, selectPolicy);
  const fields = useMemo(() => {
    const names = new Map(options.campaigns.map((campaign) => [campaign.value, campaign.label]));
    return postingPolicyConflictFields((id) => names.get(id) ?? 'A campaign no longer available');
  }, [options.campaigns]);
  const edit = useEditConflict({ original: policy, toValues: postingPolicyToFormValues, fields, reread });
  const [savedVersion, setSavedVersion] = useState<number | null>(null);
  const { onSaved: rebase } = edit;
  const saved = useCallback(
    (latest: PostingPolicyFieldsFragment) => {
      rebase(latest);
      setSavedVersion(latest.version);
      onSaved(latest);
    },
    [onSaved, rebase],
  );
  const update = useUpdatePostingPolicy(edit.base, saved);
  return (
    <PostingPolicyForm
      key={edit.formKey}
      initialValues={edit.startValues}
      savedValues={edit.baseValues}
      nextVersion={edit.base.version + 1}
      campaigns={options.campaigns}
      topics={options.topics}
      onSubmit={update}
      onConflict={() => {
        setSavedVersion(null);
        edit.onConflict();
      }}
      renderConflict={(values) => <ConflictResolution edit={edit} values={values} what="posting policy" />}
      savedVersion={savedVersion}
    />
  );
}
