import { parseHashtags } from '@/modules/campaign/utils/parseHashtags';
import { splitList } from '@/ui/utils/splitList';
import type { PostingPolicyFormField, PostingPolicyFormValues } from './postingPolicyFormValues';

// The server's limits (PostingPolicies), checked here first in the same words.
export const POLICY_TEXT_MAX = 20_000;
export const BLOCKED_PHRASES_MAX = 200;
export const BLOCKED_PHRASE_LENGTH_MAX = 200;
export const DISCLAIMER_LENGTH_MAX = 500;
export const HASHTAGS_PER_CAMPAIGN_MAX = 30;
export const HASHTAG_LENGTH_MAX = 101;

/** The blocked phrases as sent: one per line, trimmed, blank lines and repeats dropped. */
export const blockedPhraseList = (text: string) => splitList(text, /\n/);

export const disclaimerLabel = (index: number) => `Disclaimer ${index + 1}`;
export const hashtagsRowLabel = (index: number) => `Campaign rule ${index + 1}`;

const count = (n: number) => n.toLocaleString('en-US');

function disclaimerErrors(values: PostingPolicyFormValues): string[] {
  return values.disclaimers.flatMap((row, index) => {
    const text = row.text.trim();
    if (!text) return [`${disclaimerLabel(index)}: enter the text the body must carry.`];
    if (text.length > DISCLAIMER_LENGTH_MAX)
      return [`${disclaimerLabel(index)}: keep it to ${DISCLAIMER_LENGTH_MAX} characters or fewer.`];
    return [];
  });
}

function hashtagErrors(values: PostingPolicyFormValues): string[] {
  return values.requiredHashtags.flatMap((row, index) => {
    const label = hashtagsRowLabel(index);
    const problems: string[] = [];
    if (!row.campaignId) problems.push(`${label}: choose a campaign from the list.`);
    else if (values.requiredHashtags.findIndex((other) => other.campaignId === row.campaignId) < index)
      problems.push(`${label}: this campaign already has a rule above; put all its hashtags there.`);
    const hashtags = parseHashtags(row.hashtags);
    if (hashtags.length === 0) problems.push(`${label}: enter at least one hashtag.`);
    else if (hashtags.length > HASHTAGS_PER_CAMPAIGN_MAX)
      problems.push(`${label}: enter ${HASHTAGS_PER_CAMPAIGN_MAX} hashtags or fewer.`);
    else if (hashtags.some((tag) => tag.length > HASHTAG_LENGTH_MAX))
      problems.push(`${label}: each hashtag must be ${HASHTAG_LENGTH_MAX} characters or fewer.`);
    return problems;
  });
}

/** What the server would refuse, told before sending; rows are named by their number. */
export function validatePostingPolicyForm(
  values: PostingPolicyFormValues,
): Partial<Record<PostingPolicyFormField, string>> {
  const errors: Partial<Record<PostingPolicyFormField, string>> = {};
  const text = values.text.trim();
  if (!text) errors.text = 'Enter the policy text';
  else if (text.length > POLICY_TEXT_MAX)
    errors.text = `The text must be ${count(POLICY_TEXT_MAX)} characters or fewer`;

  const phrases = blockedPhraseList(values.blockedPhrases);
  if (phrases.length > BLOCKED_PHRASES_MAX) errors.blockedPhrases = `Enter ${BLOCKED_PHRASES_MAX} phrases or fewer`;
  else if (phrases.some((phrase) => phrase.length > BLOCKED_PHRASE_LENGTH_MAX))
    errors.blockedPhrases = `Each phrase must be ${BLOCKED_PHRASE_LENGTH_MAX} characters or fewer`;

  const disclaimers = disclaimerErrors(values);
  if (disclaimers.length > 0) errors.disclaimers = disclaimers.join(' ');
  const hashtags = hashtagErrors(values);
  if (hashtags.length > 0) errors.requiredHashtags = hashtags.join(' ');
  return errors;
}
