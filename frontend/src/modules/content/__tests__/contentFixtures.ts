import type { ContentCommentFieldsFragment, ContentDetailFragment, TakedownTaskFragment } from '@/generated/graphql';

export const writer = { id: 'user-2', name: 'Maria Marketer', email: 'marketer@riverside.example' };
export const reviewer = { id: 'user-3', name: 'Rita Reviewer', email: 'reviewer@riverside.example' };
export const officer = { id: 'user-4', name: 'Carl Compliance', email: 'compliance@riverside.example' };

/** A health tip in clinical review, with two channels and two revisions (the patient details are made up). */
export const contentDetail = (overrides: Partial<ContentDetailFragment> = {}): ContentDetailFragment => ({
  id: 'Q29udGVudDox',
  title: 'Wash your hands',
  body: 'Use soap and water.\nScrub for twenty seconds.\nCall 555-201-0134 to ask.',
  format: 'HEALTH_TIP',
  status: 'IN_REVIEW',
  allowedTransitions: ['APPROVED', 'CHANGES_REQUESTED', 'REJECTED', 'DRAFT', 'ARCHIVED'],
  topics: ['Preventive care'],
  campaign: null,
  segments: [],
  language: 'en-US',
  variants: [
    { channel: 'INSTAGRAM', text: 'Wash your hands #RiversideHealth', length: 32, limit: 2200 },
    { channel: 'X', text: 'Wash your hands', length: 15, limit: 280 },
  ],
  media: [
    {
      kind: 'IMAGE',
      url: 'https://cdn.example/hands.png',
      altText: 'Hands under a tap',
      captionsUrl: null,
      transcript: null,
    },
  ],
  citations: [{ title: 'CDC: Handwashing', url: 'https://www.cdc.gov/handwashing' }],
  purpose: 'EDUCATION',
  consents: [],
  readingGrade: 4.2,
  phiFindings: [],
  phiOverrides: [],
  reviews: [],
  comments: [],
  revisions: [
    { number: 1, editor: writer, at: '2026-03-01T09:00:00Z', changedFields: ['title', 'body'] },
    { number: 2, editor: writer, at: '2026-03-02T09:00:00Z', changedFields: ['body'] },
  ],
  approvedAt: null,
  publishAt: null,
  publications: [],
  takedowns: [],
  correctionOf: null,
  corrections: [],
  createdBy: writer,
  lastEditedBy: writer,
  createdAt: '2026-03-01T09:00:00Z',
  updatedAt: '2026-03-02T09:00:00Z',
  version: 4,
  ...overrides,
});

/** An open comment of the reviewer on "twenty seconds" in the body of contentDetail(). */
export const contentComment = (
  overrides: Partial<ContentCommentFieldsFragment> = {},
): ContentCommentFieldsFragment => ({
  id: 'comment-1',
  anchor: { kind: 'BODY', start: 30, end: 44, channel: null, mediaIndex: null, quote: 'twenty seconds' },
  author: reviewer,
  text: 'Say “20 seconds”: numbers read faster.',
  at: '2026-03-02T10:00:00Z',
  replies: [],
  resolved: false,
  resolvedBy: null,
  resolvedAt: null,
  ...overrides,
});

/** The phone number in the body of contentDetail(), as the scanner finds it. */
export const phoneFinding = (
  overrides: Partial<ContentDetailFragment['phiFindings'][number]> = {},
): ContentDetailFragment['phiFindings'][number] => ({
  field: 'body',
  type: 'PHONE',
  severity: 'HIGH',
  start: 51,
  end: 63,
  coveredByConsent: false,
  overridden: false,
  ...overrides,
});

/** A story retracted after its consent was revoked: one take-down open, one confirmed. */
export const takedownStory: TakedownTaskFragment = {
  id: 'Q29udGVudDox',
  title: 'A new mom’s first photo',
  version: 3,
  takedowns: [
    {
      channel: 'INSTAGRAM',
      postId: 'ig-1',
      reason: 'Consent was revoked',
      state: 'OPEN',
      createdAt: '2026-03-05T09:00:00Z',
    },
    {
      channel: 'X',
      postId: 'x-1',
      reason: 'Consent was revoked',
      state: 'CONFIRMED',
      createdAt: '2026-03-05T09:00:00Z',
    },
  ],
};
/** A tip replaced by its correction: one take-down open, with no post ID. */
export const takedownTip: TakedownTaskFragment = {
  id: 'Q29udGVudDoy',
  title: 'Wash your hands',
  version: 8,
  takedowns: [
    {
      channel: 'FACEBOOK',
      postId: null,
      reason: 'Replaced by its correction',
      state: 'OPEN',
      createdAt: '2026-03-01T09:00:00Z',
    },
  ],
};
