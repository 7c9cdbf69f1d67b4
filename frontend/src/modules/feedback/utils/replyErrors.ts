import type { SavedReplyFieldsFragment, UserErrorFieldsFragment } from '@/generated/graphql';
import { isGuardCode } from './replyGuard';

/** Where each of replyToFeedback's userErrors is shown: beside the box, the justification, or the form. */
export interface RoutedReplyErrors {
  /** The reply guard's refusals and other problems with the text, shown next to the reply box. */
  text: readonly UserErrorFieldsFragment[];
  /** A problem with the compliance officer's justification. */
  justification: string | null;
  /** Everything else (the thread is gone, a saved reply was removed). */
  form: readonly string[];
  /** Someone changed the thread after it was read: the draft is kept, the thread read again. */
  conflict: boolean;
  /** The guard refused the text: a compliance officer may send it anyway. */
  guarded: boolean;
  /** A compliant reply the server suggests instead. */
  suggestedReply: SavedReplyFieldsFragment | null;
}

const lastField = (error: UserErrorFieldsFragment) => error.field?.at(-1);

/** Sorts a refused reply's userErrors by where the user can act on them. */
export function routeReplyErrors(
  userErrors: readonly UserErrorFieldsFragment[],
  suggestedReply: SavedReplyFieldsFragment | null = null,
): RoutedReplyErrors {
  const text = userErrors.filter((error) => lastField(error) === 'text' || isGuardCode(error.code));
  const justification = userErrors.filter((error) => lastField(error) === 'overrideJustification');
  const conflict = userErrors.some((error) => error.code === 'CONFLICT');
  const form = userErrors
    .filter((error) => error.code !== 'CONFLICT' && !text.includes(error) && !justification.includes(error))
    .map((error) => error.message);
  return {
    text,
    justification: justification.length > 0 ? justification.map((error) => error.message).join(' ') : null,
    form,
    conflict,
    guarded: text.some((error) => isGuardCode(error.code)),
    suggestedReply,
  };
}
