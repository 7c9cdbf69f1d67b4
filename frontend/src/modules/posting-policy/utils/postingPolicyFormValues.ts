import type { ContentFormat, PostingPolicyFieldsFragment } from '@/generated/graphql';
import { formatHashtags } from '@/modules/campaign/utils/parseHashtags';

export interface DisclaimerRow {
  /** Stable React key for a row that has no id of its own. */
  key: string;
  text: string;
  /** None: every format. */
  formats: ContentFormat[];
  /** None: every topic. */
  topics: string[];
}

export interface HashtagsRow {
  key: string;
  campaignId: string;
  /** As typed: "#FluShot #GetVaccinated". */
  hashtags: string;
}

/** What the policy editor edits: texts as typed, rules as rows. */
export interface PostingPolicyFormValues {
  text: string;
  /** One per line. */
  blockedPhrases: string;
  disclaimers: DisclaimerRow[];
  requiredHashtags: HashtagsRow[];
}

/** Named like the input's fields, which the server's userErrors name. */
export const POSTING_POLICY_FORM_FIELDS = ['text', 'blockedPhrases', 'disclaimers', 'requiredHashtags'] as const;

export type PostingPolicyFormField = (typeof POSTING_POLICY_FORM_FIELDS)[number];

let rowCounter = 0;
export const newDisclaimerRow = (text = '', formats: ContentFormat[] = [], topics: string[] = []): DisclaimerRow => ({
  key: `disclaimer-${++rowCounter}`,
  text,
  formats,
  topics,
});

export const newHashtagsRow = (campaignId = '', hashtags = ''): HashtagsRow => ({
  key: `hashtags-${++rowCounter}`,
  campaignId,
  hashtags,
});

export function postingPolicyToFormValues(
  policy: Pick<PostingPolicyFieldsFragment, 'text' | 'blockedPhrases' | 'disclaimers' | 'requiredHashtags'>,
): PostingPolicyFormValues {
  return {
    text: policy.text,
    blockedPhrases: policy.blockedPhrases.join('\n'),
    disclaimers: policy.disclaimers.map((d) => newDisclaimerRow(d.text, [...d.formats], [...d.topics])),
    // A rule whose campaign is gone (deleted, or hidden) has nothing left to choose; it is dropped on saving.
    requiredHashtags: policy.requiredHashtags.flatMap((rule) =>
      rule.campaign ? [newHashtagsRow(rule.campaign.id, formatHashtags(rule.hashtags))] : [],
    ),
  };
}

const withoutKeys = (values: PostingPolicyFormValues) => ({
  ...values,
  disclaimers: values.disclaimers.map(({ key: _key, ...row }) => row),
  requiredHashtags: values.requiredHashtags.map(({ key: _key, ...row }) => row),
});

/** Whether two sets of values hold the same policy, whatever keys their rows were given. */
export const samePostingPolicyValues = (a: PostingPolicyFormValues, b: PostingPolicyFormValues) =>
  JSON.stringify(withoutKeys(a)) === JSON.stringify(withoutKeys(b));
