import type { LiveSessionFormField, LiveSessionFormValues } from './liveSessionFormValues';
import { localDateTimeToIso } from './localDateTimeToIso';

const POSITIVE_WHOLE_NUMBER = /^[1-9]\d*$/;

function isWebUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
}

/** Catches what GraphQL cannot parse (dates, URLs, numbers) and missing required fields; the server checks the rest. */
export function validateLiveSessionForm(values: LiveSessionFormValues): Partial<Record<LiveSessionFormField, string>> {
  const errors: Partial<Record<LiveSessionFormField, string>> = {};
  if (!values.title.trim()) errors.title = 'Enter a title.';
  if (!values.hostName.trim()) errors.name = 'Enter the host’s name.';
  if (!values.scheduledStart.trim()) errors.scheduledStart = 'Enter the date and time the session starts.';
  else if (!localDateTimeToIso(values.scheduledStart)) errors.scheduledStart = 'Enter a valid date and time.';
  const streamUrl = values.streamUrl.trim();
  if (streamUrl && !isWebUrl(streamUrl)) errors.streamUrl = 'Enter a web address starting with https://.';
  if (!POSITIVE_WHOLE_NUMBER.test(values.questionLengthLimit.trim())) {
    errors.questionLengthLimit = 'Enter a whole number of characters, 1 or more.';
  }
  if (!POSITIVE_WHOLE_NUMBER.test(values.questionsPerMinute.trim())) {
    errors.questionsPerMinute = 'Enter a whole number of questions, 1 or more.';
  }
  return errors;
}
