import type {
  AudienceQuestionFieldsFragment,
  CampaignDetailFragment,
  LiveAudienceQuery,
  LiveQuestionFieldsFragment,
  LiveSessionDetailFragment,
  OrganizationSettingsFieldsFragment,
  Role,
} from '@/generated/graphql';
import type { Viewer } from '@/modules/viewer/contexts/ViewerContext';

export const viewerWithRoles = (...roles: Role[]): Viewer => ({
  id: 'user-1',
  email: 'someone@riverside.example',
  name: 'Sam Someone',
  organization: { id: 'org-1', slug: 'riverside-health', name: 'Riverside Health' },
  roles,
  scopes: [],
});

export const campaignDetail = (overrides: Partial<CampaignDetailFragment> = {}): CampaignDetailFragment => ({
  id: 'Q2FtcGFpZ246MQ==',
  name: 'Movember',
  description: 'Men’s health awareness in November.',
  hashtags: ['#Movember'],
  objective: 'AWARENESS',
  status: 'ACTIVE',
  allowedTransitions: ['PAUSED', 'COMPLETED'],
  startDate: '2026-11-01',
  endDate: '2026-11-30',
  channels: ['INSTAGRAM', 'FACEBOOK'],
  segments: [{ id: 'U2VnOjE=', name: 'Men 40+' }],
  kpiTargets: [{ metric: 'REACH', target: 50000 }],
  budget: { amount: '1500.00', currency: 'USD' },
  owner: { id: 'user-2', name: 'Maria Marketer', email: 'marketer@riverside.example' },
  createdAt: '2026-10-01T09:00:00Z',
  updatedAt: '2026-10-02T09:00:00Z',
  version: 3,
  ...overrides,
});

export const liveSessionDetail = (overrides: Partial<LiveSessionDetailFragment> = {}): LiveSessionDetailFragment => ({
  id: 'TGl2ZVNlc3Npb246MQ==',
  title: 'Ask a pediatrician: winter colds and flu',
  description: 'Dr. Ruiz answers parents’ questions.',
  host: { name: 'Dr. Ana Ruiz', credentials: 'MD, Pediatrics' },
  moderators: [{ id: 'user-5', name: 'Elena Novak', email: 'moderator@riverside.example' }],
  viewerCanModerate: true,
  scheduledStart: '2026-12-10T18:00:00Z',
  streamUrl: 'https://www.youtube.com/@riversidehealth/live',
  status: 'SCHEDULED',
  allowedTransitions: ['LIVE', 'ENDED'],
  joinCode: 'RVRS4PED',
  settings: {
    anonymousQuestionsAllowed: true,
    moderationMode: 'PRE_MODERATION',
    questionLengthLimit: 500,
    questionsPerMinute: 3,
    profanityFilter: true,
    earlyQuestionsAllowed: false,
    publishRecap: false,
  },
  questionCounts: { pending: 0, approved: 0, answered: 0, rejected: 0 },
  startedAt: null,
  endedAt: null,
  createdAt: '2026-11-20T09:00:00Z',
  updatedAt: '2026-11-20T09:00:00Z',
  version: 1,
  ...overrides,
});

export const liveQuestion = (overrides: Partial<LiveQuestionFieldsFragment> = {}): LiveQuestionFieldsFragment => ({
  id: 'TGl2ZVF1ZXN0aW9uOjE=',
  text: 'How long is a cold contagious?',
  originalText: null,
  askedBy: 'Sam',
  anonymous: false,
  status: 'PENDING',
  allowedActions: ['APPROVE', 'REJECT', 'EDIT'],
  pinned: false,
  upvoteCount: 0,
  answer: null,
  flags: [],
  phiFindings: [],
  revision: 1,
  createdAt: '2026-12-10T18:05:00Z',
  updatedAt: '2026-12-10T18:05:00Z',
  ...overrides,
});

export const audienceQuestion = (
  overrides: Partial<AudienceQuestionFieldsFragment> = {},
): AudienceQuestionFieldsFragment => ({
  id: 'TGl2ZVF1ZXN0aW9uOjE=',
  text: 'How long is a cold contagious?',
  status: 'APPROVED',
  pinned: false,
  upvoteCount: 0,
  answerText: null,
  revision: 2,
  createdAt: '2026-12-10T18:05:00Z',
  ...overrides,
});

export const liveAudience = (
  overrides: Partial<LiveAudienceQuery['liveAudience']> = {},
): LiveAudienceQuery['liveAudience'] => ({
  session: {
    title: 'Ask a pediatrician: winter colds and flu',
    description: null,
    host: { name: 'Dr. Ana Ruiz', credentials: 'MD, Pediatrics' },
    scheduledStart: '2026-12-10T18:00:00Z',
    streamUrl: null,
    status: 'LIVE',
    joinCode: 'RVRS4PED',
    anonymousQuestionsAllowed: true,
    questionLengthLimit: 500,
  },
  participant: { id: 'participant-1', displayName: 'Sam' },
  questions: [],
  myQuestions: [],
  myUpvotes: [],
  eventSequence: 4,
  polls: [],
  ...overrides,
});

/** The defaults every organisation starts with. */
export const organizationSettings = (
  overrides: Partial<OrganizationSettingsFieldsFragment> = {},
): OrganizationSettingsFieldsFragment => ({
  timezone: 'UTC',
  questionRetentionDays: 30,
  reviewValidityDays: 180,
  phiAllowList: [],
  missedPublications: 'PUBLISH_LATE',
  postingTargets: [],
  updatedAt: null,
  version: 0,
  ...overrides,
});
