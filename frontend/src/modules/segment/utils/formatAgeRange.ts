import type { SegmentDetailFragment } from '@/generated/graphql';

export const formatAgeRange = (ageRange: SegmentDetailFragment['ageRange']) =>
  ageRange ? `${ageRange.min}–${ageRange.max} years` : '';
