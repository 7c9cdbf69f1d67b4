import type { UserErrorFieldsFragment } from '@/generated/graphql';

export interface AskErrors {
  /** Belongs to the question text box. */
  text?: string;
  /** Belongs to the form as a whole. */
  form?: string;
  /** Ask again after this many seconds (RATE_LIMITED). */
  retryAfterSeconds?: number;
}

export const PHI_NOTICE =
  'Please don’t share personal health details such as names, phone numbers, dates of birth or record numbers. Remove them and ask again.';

/** What the audience reads when askQuestion refused a question. */
export function describeAskErrors(
  userErrors: readonly UserErrorFieldsFragment[],
  retryAfterSeconds: number | null | undefined,
): AskErrors {
  const result: AskErrors = {};
  for (const error of userErrors) {
    if (error.code === 'RATE_LIMITED') {
      result.retryAfterSeconds = Math.max(1, retryAfterSeconds ?? 60);
      result.form = 'You are asking a little too fast.';
    } else if (error.code === 'PHI_SUSPECTED') {
      result.text = PHI_NOTICE;
    } else if (error.field?.includes('text')) {
      result.text = error.message;
    } else {
      result.form = result.form ? `${result.form} ${error.message}` : error.message;
    }
  }
  return result;
}

/** Characters as the length limit counts them (UTF-16 code units, like the server's String.length). */
export const questionLength = (text: string) => text.trim().length;
