import type { SurveyReceiptFieldsFragment } from '@/generated/graphql';
import { normalizeSurveyCode } from './surveyCode';

/**
 * What the public survey page keeps in localStorage per survey code, so a reload neither starts
 * a second response nor offers the form again after answering: the respondent token (it names
 * this respondent to the API, never anyone's identity) and, once answered, the receipt (the
 * thank-you message and a quiz's marks: nothing the respondent wrote). Keyed by code, so two
 * surveys do not mix.
 */
const TOKEN = 'carepulse.survey.respondent:';
const ANSWERED = 'carepulse.survey.answered:';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/** An answer the server refused as a repeat leaves no receipt to show: only that it was answered. */
export type StoredAnswer = { receipt: SurveyReceiptFieldsFragment | null };

const storage = (): Store | null => {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
};

function read(key: string, store: Store | null): string | null {
  try {
    return store?.getItem(key) ?? null;
  } catch {
    // Storage can be disabled (privacy settings): the page then works for this visit only.
    return null;
  }
}

function write(key: string, value: string | null, store: Store | null) {
  try {
    if (value === null) store?.removeItem(key);
    else store?.setItem(key, value);
  } catch {
    // See read.
  }
}

export const readRespondentToken = (code: string, store = storage()) => read(TOKEN + normalizeSurveyCode(code), store);

export const saveRespondentToken = (code: string, token: string | null, store = storage()) =>
  write(TOKEN + normalizeSurveyCode(code), token, store);

export function readAnswered(code: string, store = storage()): StoredAnswer | null {
  const raw = read(ANSWERED + normalizeSurveyCode(code), store);
  if (raw === null) return null;
  try {
    const parsed = JSON.parse(raw) as StoredAnswer;
    return parsed && typeof parsed === 'object' && 'receipt' in parsed ? parsed : { receipt: null };
  } catch {
    return { receipt: null };
  }
}

/** Remembers that this browser answered; the token is no longer needed. */
export function saveAnswered(code: string, answer: StoredAnswer, store = storage()) {
  write(ANSWERED + normalizeSurveyCode(code), JSON.stringify(answer), store);
  write(TOKEN + normalizeSurveyCode(code), null, store);
}
