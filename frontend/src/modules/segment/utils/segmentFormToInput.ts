import type { CreateAudienceSegmentInput, UpdateAudienceSegmentInput } from '@/generated/graphql';
import { splitList } from '@/ui/utils/splitList';
import { parseLanguages } from './languageTags';
import type { SegmentFormValues } from './segmentFormValues';

type SegmentFields = Required<Omit<CreateAudienceSegmentInput, 'name'>> & { name: string };

/** Every field as the API takes it; a cleared optional value becomes null. */
function toSegmentFields(values: SegmentFormValues): SegmentFields {
  const min = values.ageMin.trim();
  const max = values.ageMax.trim();
  return {
    name: values.name.trim(),
    description: values.description.trim() || null,
    ageRange: min && max ? { min: Number(min), max: Number(max) } : null,
    locations: splitList(values.locations, /\n/),
    healthInterests: splitList(values.healthInterests, /[\n,]/),
    languages: parseLanguages(values.languages),
    preferredChannels: values.preferredChannels,
  };
}

export function buildCreateSegmentInput(values: SegmentFormValues): CreateAudienceSegmentInput {
  const fields = toSegmentFields(values);
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as CreateAudienceSegmentInput;
}

/** Only the fields that differ from what was loaded (see buildUpdateCampaignInput). */
export function buildUpdateSegmentInput(
  initial: SegmentFormValues,
  values: SegmentFormValues,
  id: string,
  expectedVersion: number,
): UpdateAudienceSegmentInput {
  const before = toSegmentFields(initial);
  const after = toSegmentFields(values);
  const input: UpdateAudienceSegmentInput = { id, expectedVersion };
  for (const key of Object.keys(after) as (keyof SegmentFields)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) Object.assign(input, { [key]: after[key] });
  }
  return input;
}
