// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  canChangeOrganizationSettings,
  canChangePostingPolicy,
  canChangeThemeTaxonomy,
  canManagePublishingWebhook,
  canReadFeedbackThemes,
  canReadPostingPolicy,
  canRunLiveSessions,
  canScheduleLiveSessions,
  canSeeContentCalendar,
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

  it('shows the content calendar to the roles that read content, not to moderators or analysts', () => {
    expect(canSeeContentCalendar(['CLINICAL_REVIEWER'])).toBe(true);
    expect(canSeeContentCalendar(['COMPLIANCE_OFFICER'])).toBe(true);
    expect(canSeeContentCalendar(['MODERATOR', 'ANALYST'])).toBe(false);
  });

  it('lets content staff read the posting policy and only admins change it or the publishing webhook', () => {
    expect(canReadPostingPolicy(['MARKETER'])).toBe(true);
    expect(canReadPostingPolicy(['MODERATOR', 'ANALYST'])).toBe(false);
    expect(canChangePostingPolicy(['ADMIN'])).toBe(true);
    expect(canChangePostingPolicy(['MARKETER', 'COMPLIANCE_OFFICER'])).toBe(false);
    expect(canManagePublishingWebhook(['ADMIN'])).toBe(true);
    expect(canManagePublishingWebhook(['MARKETER', 'COMPLIANCE_OFFICER', 'CLINICAL_REVIEWER'])).toBe(false);
  });

  it('answers for any root field the schema declares, with no roles meaning no access', () => {
    expect(mayCall('mutation', 'moderateQuestion', ['MODERATOR'])).toBe(true);
    expect(mayCall('subscription', 'campaignChanged', ['ANALYST'])).toBe(true);
    expect(mayCall('mutation', 'joinLiveSession', ['ADMIN'])).toBe(false);
    expect(mayCall('query', 'campaigns', [])).toBe(false);
  });

  it('shows feedback themes to the inbox’s staff and analysts, and lets admins alone change the taxonomy', () => {
    for (const role of ['ADMIN', 'MARKETER', 'COMPLIANCE_OFFICER', 'ANALYST'] as const) {
      expect(canReadFeedbackThemes([role])).toBe(true);
    }
    expect(canReadFeedbackThemes(['CLINICAL_REVIEWER', 'MODERATOR'])).toBe(false);
    expect(canChangeThemeTaxonomy(['ADMIN'])).toBe(true);
    expect(canChangeThemeTaxonomy(['MARKETER', 'COMPLIANCE_OFFICER', 'ANALYST'])).toBe(false);
  });
});
