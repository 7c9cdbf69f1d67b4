import type { UpdatePostingPolicyInput, UserErrorFieldsFragment } from '@/generated/graphql';
import { disclaimerLabel, hashtagsRowLabel } from './validatePostingPolicyForm';

const isIndex = (segment: string | undefined): segment is string => segment !== undefined && /^\d+$/.test(segment);

/** A hashtag as quoted in an error: long ones (the error may be that it is too long) cut short. */
const QUOTE_MAX = 30;
const quote = (hashtag: string | undefined) => {
  const text = hashtag?.trim();
  if (!text) return '';
  return ` (${text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text})`;
};

/**
 * The server names a rule's row by its place in the input; the editor shows the error on the
 * rule's group, named as the form numbers its rows ("Disclaimer 2: Enter a disclaimer"). A
 * campaign rule's errors name its row, and a hashtag's also its place in that rule's list as
 * sent, ["input", "requiredHashtags", "1", "hashtags", "0"]: "Campaign rule 2, hashtag 1
 * (#FluShot): …", quoted from `sent`, the input the errors answer. A blocked phrase is named by
 * its place in the list sent, which is the box's lines without blank ones and repeats. Other
 * errors pass as they are.
 */
export function routePostingPolicyUserErrors(
  userErrors: readonly UserErrorFieldsFragment[],
  sent?: Pick<UpdatePostingPolicyInput, 'requiredHashtags'>,
): UserErrorFieldsFragment[] {
  return userErrors.map((error) => {
    const path = error.field ?? [];
    const [, field, index, detail, position] = path[0] === 'input' ? path : ['input', ...path];
    if (!isIndex(index)) return error;
    const row = Number(index);
    const on = (label: string) => ({ ...error, field: ['input', field], message: `${label}: ${error.message}` });
    if (field === 'disclaimers') return on(disclaimerLabel(row));
    if (field === 'blockedPhrases') return on(`Phrase ${row + 1}`);
    if (field !== 'requiredHashtags') return error;
    if (detail !== 'hashtags' || !isIndex(position)) return on(hashtagsRowLabel(row));
    const hashtag = sent?.requiredHashtags?.[row]?.hashtags[Number(position)];
    return on(`${hashtagsRowLabel(row)}, hashtag ${Number(position) + 1}${quote(hashtag)}`);
  });
}
