import type { ContentDetailFragment } from '@/generated/graphql';
import { isSpanTarget, locateWords, spanText, type AnchorTarget, type Span } from './commentAnchors';

/** The server's limit for a comment or a reply (ContentComments.TEXT_MAX). */
export const COMMENT_MAX = 2000;

export interface CommentFormValues {
  target: AnchorTarget;
  /** For the title or body: the words the comment is about. */
  words: string;
  /** The span the reviewer selected, while the words are still the selection's. */
  selected: Span | null;
  text: string;
}

export type CommentFormField = 'target' | 'words' | 'text';

/** What the comment field needs, worded as the server words it. */
export function validateCommentText(text: string): string | undefined {
  if (!text.trim()) return 'Write your comment';
  if (text.trim().length > COMMENT_MAX) return `Keep it to ${COMMENT_MAX.toLocaleString('en-US')} characters or fewer`;
  return undefined;
}

/** A new comment's problems by field: what it says, and for the title or body, words that are really there. */
export function validateCommentForm(
  values: CommentFormValues,
  content: Pick<ContentDetailFragment, 'title' | 'body' | 'variants' | 'media'>,
): Partial<Record<CommentFormField, string>> {
  const errors: Partial<Record<CommentFormField, string>> = {};
  if (isSpanTarget(values.target)) {
    const where = values.target === 'TITLE' ? 'title' : 'body';
    if (!values.words) errors.words = `Select or type the words of the ${where} the comment is about`;
    else if (!locateWords(spanText(content, values.target), values.words, values.selected))
      errors.words = `These words are not in the ${where}: copy them exactly as they appear`;
  }
  const text = validateCommentText(values.text);
  if (text) errors.text = text;
  return errors;
}
