import { isLanguageTag, parseLanguages } from './languageTags';
import type { SegmentFormField, SegmentFormValues } from './segmentFormValues';

const WHOLE_NUMBER = /^\d+$/;

/** Catches what GraphQL cannot parse (non-numbers, malformed tags); the server checks the rest. */
export function validateSegmentForm(values: SegmentFormValues): Partial<Record<SegmentFormField, string>> {
  const errors: Partial<Record<SegmentFormField, string>> = {};
  if (!values.name.trim()) errors.name = 'Enter a name.';
  const min = values.ageMin.trim();
  const max = values.ageMax.trim();
  if (min && !WHOLE_NUMBER.test(min)) errors.min = 'Enter a whole number of years.';
  if (max && !WHOLE_NUMBER.test(max)) errors.max = 'Enter a whole number of years.';
  if (!errors.min && !errors.max) {
    if (Boolean(min) !== Boolean(max)) errors.ageRange = 'Enter both a minimum and a maximum age, or neither.';
    else if (min && Number(min) > Number(max)) errors.ageRange = 'The minimum age must not be above the maximum.';
  }
  const invalid = parseLanguages(values.languages).filter((tag) => !isLanguageTag(tag));
  if (invalid.length > 0) {
    errors.languages = `${invalid.map((tag) => `“${tag}”`).join(', ')} ${invalid.length === 1 ? 'is not a language tag' : 'are not language tags'}. Use tags such as en-US or es.`;
  }
  return errors;
}
