// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { homePanelsFor, type Feature, type HomePanel } from '@/app/feature';

const panel = (id: string, order: number, visibleTo?: HomePanel['visibleTo']): HomePanel => ({
  id,
  title: id,
  order,
  visibleTo,
  component: () => null,
});

const features: Feature[] = [
  { routes: [], homePanels: [panel('audit.flagged', 30, (roles) => roles.includes('COMPLIANCE_OFFICER'))] },
  { routes: [] },
  { routes: [], homePanels: [panel('live.on-air', 10), panel('live.upcoming', 20)] },
];

describe('home panels that features declare', () => {
  it('come from every feature, in their order', () => {
    expect(homePanelsFor(['COMPLIANCE_OFFICER'], features).map((p) => p.id)).toEqual([
      'live.on-air',
      'live.upcoming',
      'audit.flagged',
    ]);
  });

  it('are shown only to the roles each panel admits', () => {
    expect(homePanelsFor(['MARKETER'], features).map((p) => p.id)).toEqual(['live.on-air', 'live.upcoming']);
  });
});
