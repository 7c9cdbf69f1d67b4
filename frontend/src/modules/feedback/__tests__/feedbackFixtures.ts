import type {
  FeedbackSettingsFieldsFragment,
  FeedbackThreadDetailFragment,
  FeedbackThreadSummaryFragment,
  SavedReplyFieldsFragment,
  ThemeDefinitionFieldsFragment,
} from '@/generated/graphql';

export const marketer = { id: 'user-2', name: 'Maria Marketer', email: 'marketer@riverside.example' };
export const reviewer = { id: 'user-3', name: 'Rita Reviewer', email: 'reviewer@riverside.example' };

/** A public Google review, new and unassigned, due at noon on 3 Dec 2026 (the patient is made up). */
export const threadSummary = (
  overrides: Partial<FeedbackThreadSummaryFragment> = {},
): FeedbackThreadSummaryFragment => ({
  id: 'RmVlZGJhY2tUaHJlYWQ6MQ',
  source: 'GOOGLE_REVIEW',
  visibility: 'PUBLIC',
  preview: 'Waited two hours. Call me at [PHONE]',
  status: 'NEW',
  priority: 'NORMAL',
  assignee: null,
  tags: [],
  firstResponseDueAt: '2026-12-03T12:00:00Z',
  firstRespondedAt: null,
  overdue: false,
  hasPhi: true,
  sentiment: { label: 'NEGATIVE', score: -0.6 },
  themes: ['WAIT_TIMES'],
  updatedAt: '2026-12-02T12:00:00Z',
  version: 1,
  ...overrides,
});

const PATIENT_TEXT = 'Waited two hours. Call me at 555-201-0134';

export const threadDetail = (overrides: Partial<FeedbackThreadDetailFragment> = {}): FeedbackThreadDetailFragment => ({
  ...threadSummary(),
  // As the server answers for a NEW thread (feedback/Status.java).
  allowedStatuses: ['OPEN', 'AWAITING_PATIENT', 'RESOLVED', 'ESCALATED'],
  authorHandle: null,
  authorName: 'Jane Doe',
  rating: 2,
  content: null,
  campaign: null,
  messages: [
    {
      id: 'm1',
      role: 'PATIENT',
      text: PATIENT_TEXT,
      sentAt: '2026-12-02T12:00:00Z',
      sentBy: null,
      phiFindings: [{ type: 'PHONE', start: PATIENT_TEXT.indexOf('555'), end: PATIENT_TEXT.length }],
      overrideJustification: null,
      deliveryId: null,
      sentiment: { label: 'NEGATIVE', score: -0.6 },
    },
  ],
  notes: [],
  createdAt: '2026-12-02T12:00:00Z',
  ...overrides,
});

export const savedReply = (overrides: Partial<SavedReplyFieldsFragment> = {}): SavedReplyFieldsFragment => ({
  id: 'U2F2ZWRSZXBseTox',
  title: 'Sorry to hear about an experience',
  text: 'We’re sorry to hear this. Please contact our patient relations team so we can look into it with you.',
  tags: ['review', 'negative', 'hipaa-safe'],
  updatedAt: '2026-12-01T09:00:00Z',
  version: 1,
  ...overrides,
});

export const privateInvitation = savedReply({
  id: 'U2F2ZWRSZXBseToy',
  title: 'Let’s talk in private',
  text: 'Thank you for reaching out. Please send us a private message or call us, and we’ll help you there.',
  tags: ['private', 'hipaa-safe'],
});

export const feedbackSettings = (
  overrides: Partial<FeedbackSettingsFieldsFragment> = {},
): FeedbackSettingsFieldsFragment => ({
  firstResponseMinutes: [
    { priority: 'URGENT', minutes: 60 },
    { priority: 'HIGH', minutes: 240 },
    { priority: 'NORMAL', minutes: 1440 },
    { priority: 'LOW', minutes: 4320 },
  ],
  websiteForm: false,
  updatedAt: null,
  version: 0,
  ...overrides,
});

/** Two of CarePulse's built-in themes and one of the organisation's own. */
export const themeTaxonomy: ThemeDefinitionFieldsFragment[] = [
  { key: 'WAIT_TIMES', label: 'Wait times', cues: ['waited', 'wait time', 'delay'], builtIn: true },
  { key: 'BILLING', label: 'Billing', cues: ['bill', 'invoice', 'charged'], builtIn: true },
  { key: 'PARKING', label: 'Parking', cues: ['parking', 'garage'], builtIn: false },
];
