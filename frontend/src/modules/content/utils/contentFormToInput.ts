import type { ContentFormat, CreateContentInput, UpdateContentInput } from '@/generated/graphql';
import { isAboutAPatient, isPicture } from './contentLabels';
import type { ContentFormValues } from './contentFormValues';

type ContentFields = Omit<CreateContentInput, 'format'> & { format: ContentFormat };

const orNull = (text: string) => text.trim() || null;

/** Every field as the API takes it; a cleared optional value becomes null. */
function toContentFields(values: ContentFormValues): ContentFields {
  return {
    title: values.title.trim(),
    body: values.body,
    format: values.format as ContentFormat,
    topics: values.topics,
    campaignId: values.campaignId || null,
    segmentIds: values.segmentIds,
    language: values.language.trim() || null,
    variants: values.variants.map(({ channel, text }) => ({ channel, text: text.trim() })),
    media: values.media.map((row) => ({
      kind: row.kind as NonNullable<CreateContentInput['media']>[number]['kind'],
      url: row.url.trim(),
      // Only what the kind needs: alt text for pictures, captions or a transcript for the rest.
      altText: isPicture(row.kind) ? orNull(row.altText) : null,
      captionsUrl: isPicture(row.kind) ? null : orNull(row.captionsUrl),
      transcript: isPicture(row.kind) ? null : orNull(row.transcript),
    })),
    citations: values.citations.map((row) => ({ title: row.title.trim(), url: row.url.trim() })),
    purpose: values.purpose || null,
    // Consents authorize stories only; another format keeps none.
    consentIds: isAboutAPatient(values.format) ? values.consentIds : [],
  };
}

export function buildCreateContentInput(values: ContentFormValues): CreateContentInput {
  const fields = toContentFields(values);
  // Omit empty optional values rather than sending nulls on create.
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as CreateContentInput;
}

/**
 * Only the fields that differ from what was loaded, so the revision and the audit log name what
 * the user changed, and another person's edit of another field is not overwritten.
 */
export function buildUpdateContentInput(
  initial: ContentFormValues,
  values: ContentFormValues,
  id: string,
  expectedVersion: number,
): UpdateContentInput {
  const before = toContentFields(initial);
  const after = toContentFields(values);
  const input: UpdateContentInput = { id, expectedVersion };
  for (const key of Object.keys(after) as (keyof ContentFields)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) Object.assign(input, { [key]: after[key] });
  }
  return input;
}
