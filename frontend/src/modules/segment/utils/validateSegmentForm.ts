import { splitList } from '@/ui/utils/splitList';
import { isLanguageTag, parseLanguages } from './languageTags';
import type { SegmentFormField, SegmentFormValues } from './segmentFormValues';

/** The server's limits (SegmentRules), checked here first so the user hears in one round. */
export const SEGMENT_LIMITS = {
  nameMax: 120,
  descriptionMax: 2000,
  maxAge: 120,
  listMax: 50,
  entryMax: 100,
} as const;

const WHOLE_NUMBER = /^\d+$/;
const thousands = (n: number) => new Intl.NumberFormat('en').format(n);

type Errors = Partial<Record<SegmentFormField, string>>;

function ageErrors(values: SegmentFormValues, errors: Errors) {
  const min = values.ageMin.trim();
  const max = values.ageMax.trim();
  const range = `a whole number from 0 to ${SEGMENT_LIMITS.maxAge}`;
  if (min && (!WHOLE_NUMBER.test(min) || Number(min) > SEGMENT_LIMITS.maxAge))
    errors.min = `Minimum age must be ${range}`;
  if (max && (!WHOLE_NUMBER.test(max) || Number(max) > SEGMENT_LIMITS.maxAge))
    errors.max = `Maximum age must be ${range}`;
  if (errors.min || errors.max) return;
  if (Boolean(min) !== Boolean(max)) errors.ageRange = 'Enter both a minimum and a maximum age, or neither';
  else if (min && Number(min) > Number(max))
    errors.max = 'Maximum age must be the same as or more than the minimum age';
}

/** Entries of a list field: at most 50, each at most 100 characters (InputChecks.strings). */
function listError(entries: readonly string[], what: [one: string, other: string]): string | undefined {
  const long = entries.find((entry) => entry.length > SEGMENT_LIMITS.entryMax);
  if (long) return `Each ${what[0]} must be ${SEGMENT_LIMITS.entryMax} characters or fewer`;
  if (entries.length > SEGMENT_LIMITS.listMax) return `Enter ${SEGMENT_LIMITS.listMax} ${what[1]} or fewer`;
  return undefined;
}

/**
 * The checks the server makes (SegmentRules and the segment mutations), in words for the field's
 * label; the server words its userErrors the same way.
 */
export function validateSegmentForm(values: SegmentFormValues): Errors {
  const errors: Errors = {};
  const name = values.name.trim();
  if (!name) errors.name = 'Enter a name';
  else if (name.length > SEGMENT_LIMITS.nameMax)
    errors.name = `Name must be ${SEGMENT_LIMITS.nameMax} characters or fewer`;
  if (values.description.trim().length > SEGMENT_LIMITS.descriptionMax)
    errors.description = `Description must be ${thousands(SEGMENT_LIMITS.descriptionMax)} characters or fewer`;
  ageErrors(values, errors);

  const locations = listError(splitList(values.locations, /\n/), ['location', 'locations']);
  if (locations) errors.locations = locations;
  const interests = listError(splitList(values.healthInterests, /[\n,]/), ['health interest', 'health interests']);
  if (interests) errors.healthInterests = interests;

  const languages = parseLanguages(values.languages);
  const invalid = languages.filter((tag) => !isLanguageTag(tag));
  if (invalid.length > 0) {
    errors.languages = `${invalid.map((tag) => `“${tag}”`).join(', ')} ${invalid.length === 1 ? 'is not a language tag' : 'are not language tags'}: use tags such as en-US or es`;
  } else if (languages.length > SEGMENT_LIMITS.listMax) {
    errors.languages = `Enter ${SEGMENT_LIMITS.listMax} languages or fewer`;
  }
  return errors;
}
