import type { CampaignDetailFragment, Role } from '@/generated/graphql';
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
