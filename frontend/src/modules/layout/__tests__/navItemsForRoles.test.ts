import { describe, expect, it } from 'vitest';
import type { Role } from '@/generated/graphql';
import { navItemsForRoles } from '../utils/navItemsForRoles';

const labels = (...roles: Role[]) => navItemsForRoles(roles).map((item) => item.label);

describe('navigation by role', () => {
  it.each<Role>(['ADMIN', 'COMPLIANCE_OFFICER'])('shows the audit log to %s', (role) => {
    expect(labels(role)).toEqual(['Campaigns', 'Audience segments', 'Live Q&A', 'Audit log']);
  });

  it.each<Role>(['MARKETER', 'CLINICAL_REVIEWER', 'MODERATOR', 'ANALYST'])('hides the audit log from %s', (role) => {
    expect(labels(role)).toEqual(['Campaigns', 'Audience segments', 'Live Q&A']);
  });
});
