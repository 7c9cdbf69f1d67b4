// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  canChangeOrganizationSettings,
  canRunLiveSessions,
  canScheduleLiveSessions,
  canViewAuditLog,
  canWriteCampaigns,
  mayCall,
} from '../utils/permissions';

describe('permissions read from the schema’s @access rules', () => {
  it('lets marketers and admins write campaigns, and nobody else', () => {
    expect(canWriteCampaigns(['MARKETER'])).toBe(true);
    expect(canWriteCampaigns(['ADMIN'])).toBe(true);
    expect(canWriteCampaigns(['ANALYST', 'MODERATOR', 'CLINICAL_REVIEWER', 'COMPLIANCE_OFFICER'])).toBe(false);
  });

  it('shows the audit log to admins and compliance officers only', () => {
    expect(canViewAuditLog(['COMPLIANCE_OFFICER'])).toBe(true);
    expect(canViewAuditLog(['MARKETER', 'ANALYST'])).toBe(false);
  });

  it('separates scheduling live sessions from running them', () => {
    expect(canScheduleLiveSessions(['MARKETER'])).toBe(true);
    expect(canRunLiveSessions(['MARKETER'])).toBe(false);
    expect(canRunLiveSessions(['MODERATOR'])).toBe(true);
    expect(canScheduleLiveSessions(['MODERATOR'])).toBe(false);
  });

  it('leaves organisation settings to admins', () => {
    expect(canChangeOrganizationSettings(['ADMIN'])).toBe(true);
    expect(canChangeOrganizationSettings(['MARKETER', 'COMPLIANCE_OFFICER'])).toBe(false);
  });

  it('answers for any root field the schema declares, with no roles meaning no access', () => {
    expect(mayCall('mutation', 'moderateQuestion', ['MODERATOR'])).toBe(true);
    expect(mayCall('subscription', 'campaignChanged', ['ANALYST'])).toBe(true);
    expect(mayCall('mutation', 'joinLiveSession', ['ADMIN'])).toBe(false);
    expect(mayCall('query', 'campaigns', [])).toBe(false);
  });
});
