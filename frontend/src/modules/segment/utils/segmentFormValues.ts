import type { Channel, SegmentDetailFragment } from '@/generated/graphql';

/** What the segment form edits: lists as the text the user types. */
export interface SegmentFormValues {
  name: string;
  description: string;
  ageMin: string;
  ageMax: string;
  /** One per line: place names may contain commas ("Riverside County, CA"). */
  locations: string;
  /** One per line or comma-separated. */
  healthInterests: string;
  /** BCP 47 tags separated by commas or spaces. */
  languages: string;
  preferredChannels: Channel[];
}

export const SEGMENT_FORM_FIELDS = [
  'name',
  'description',
  'ageRange',
  'min',
  'max',
  'locations',
  'healthInterests',
  'languages',
  'preferredChannels',
] as const;

export type SegmentFormField = (typeof SEGMENT_FORM_FIELDS)[number];

export const EMPTY_SEGMENT_FORM: SegmentFormValues = {
  name: '',
  description: '',
  ageMin: '',
  ageMax: '',
  locations: '',
  healthInterests: '',
  languages: '',
  preferredChannels: [],
};

export function segmentToFormValues(segment: SegmentDetailFragment): SegmentFormValues {
  return {
    name: segment.name,
    description: segment.description ?? '',
    ageMin: segment.ageRange ? String(segment.ageRange.min) : '',
    ageMax: segment.ageRange ? String(segment.ageRange.max) : '',
    locations: segment.locations.join('\n'),
    healthInterests: segment.healthInterests.join('\n'),
    languages: segment.languages.join(', '),
    preferredChannels: [...segment.preferredChannels],
  };
}
