import type { UpdatePostingPolicyInput } from '@/generated/graphql';
import { parseHashtags } from '@/modules/campaign/utils/parseHashtags';
import type { PostingPolicyFormValues } from './postingPolicyFormValues';
import { blockedPhraseList } from './validatePostingPolicyForm';

/** The whole policy, as each save writes a complete new version over the one read. */
export function buildUpdatePostingPolicyInput(
  values: PostingPolicyFormValues,
  expectedVersion: number,
): UpdatePostingPolicyInput {
  return {
    expectedVersion,
    text: values.text.trim(),
    blockedPhrases: blockedPhraseList(values.blockedPhrases),
    disclaimers: values.disclaimers.map((row) => ({ text: row.text.trim(), formats: row.formats, topics: row.topics })),
    requiredHashtags: values.requiredHashtags.map((row) => ({
      campaignId: row.campaignId,
      hashtags: parseHashtags(row.hashtags),
    })),
  };
}
