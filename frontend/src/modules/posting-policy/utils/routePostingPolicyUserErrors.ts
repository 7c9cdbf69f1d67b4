import type { UserErrorFieldsFragment } from '@/generated/graphql';
import { disclaimerLabel, hashtagsRowLabel } from './validatePostingPolicyForm';

const isIndex = (segment: string | undefined) => segment !== undefined && /^\d+$/.test(segment);

/**
 * The server names a rule's row by its place in the input (["input", "disclaimers", "1", "text"]);
 * the editor shows it on the rule's group, named as the form numbers its rows ("Disclaimer 2: …").
 * A blocked phrase is named by its place in the list sent, which is the box's lines without blank
 * ones and repeats. A hashtag's error names its place among its campaign's hashtags but not the
 * campaign's row, so it stays on the group without a number. Other errors pass as they are.
 */
export function routePostingPolicyUserErrors(
  userErrors: readonly UserErrorFieldsFragment[],
): UserErrorFieldsFragment[] {
  return userErrors.map((error) => {
    const path = error.field ?? [];
    const [, field, index, detail] = path[0] === 'input' ? path : ['input', ...path];
    if (!isIndex(index)) return error;
    const row = Number(index);
    if (field === 'disclaimers')
      return { ...error, field: ['input', field], message: `${disclaimerLabel(row)}: ${error.message}` };
    if (field === 'blockedPhrases')
      return { ...error, field: ['input', field], message: `Phrase ${row + 1}: ${error.message}` };
    if (field === 'requiredHashtags')
      return {
        ...error,
        field: ['input', field],
        message: detail ? `${hashtagsRowLabel(row)}: ${error.message}` : error.message,
      };
    return error;
  });
}
