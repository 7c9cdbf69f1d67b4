import type { ContentDetailFragment, ContentStatus } from '@/generated/graphql';

/**
 * A correction still on its way to publication. While one is, the server refuses a second
 * correction of the same item (ContentCorrections.UNDER_WAY), so the page links to it instead.
 */
export const CORRECTION_UNDER_WAY: readonly ContentStatus[] = [
  'DRAFT',
  'IN_REVIEW',
  'CHANGES_REQUESTED',
  'IN_COMPLIANCE_REVIEW',
  'APPROVED',
  'SCHEDULED',
];

export const isUnderWay = (status: ContentStatus) => CORRECTION_UNDER_WAY.includes(status);

type Correction = ContentDetailFragment['corrections'][number];

/** The correction of this item still under way, if any (the server allows one at a time). */
export const correctionUnderWay = (content: Pick<ContentDetailFragment, 'corrections'>): Correction | null =>
  content.corrections.find((correction) => isUnderWay(correction.status)) ?? null;
