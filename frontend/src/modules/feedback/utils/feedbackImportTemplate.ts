import { toCsv } from '@/ui/utils/csv';

/**
 * An example file to start from: the header the import maps by itself and three rows of made-up
 * feedback (no real person, handle or review).
 */
export const FEEDBACK_IMPORT_TEMPLATE = toCsv(
  ['source', 'externalId', 'visibility', 'author', 'handle', 'rating', 'text', 'sentAt'],
  [
    [
      'GOOGLE_REVIEW',
      'example-review-0001',
      'PUBLIC',
      'Alex Example',
      '',
      '5',
      'Friendly staff and no wait at all.',
      '2026-11-02T14:05:00Z',
    ],
    [
      'YELP_REVIEW',
      'example-review-0002',
      'PUBLIC',
      'Sam Sample',
      '',
      '2',
      'Parking was hard to find, but the nurse was kind.',
      '2026-11-03',
    ],
    [
      'INSTAGRAM_DM',
      'example-dm-0003',
      'PRIVATE',
      '',
      'made.up.handle',
      '',
      'Do you offer flu shots on Saturdays?',
      '2026-11-04T09:30:00Z',
    ],
  ],
);
