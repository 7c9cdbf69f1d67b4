// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Role } from '@/generated/graphql';
import { navEntries } from '@/app/features';
import { currentNavItem, navItemsForRoles } from '../utils/navItemsForRoles';

const labels = (...roles: Role[]) => navItemsForRoles(roles, navEntries).map((item) => item.label);

describe('navigation by role, from the features the app finds', () => {
  it.each<Role>(['ADMIN', 'COMPLIANCE_OFFICER'])(
    'shows the audit log, content, the inbox, surveys, analytics and consents to %s',
    (role) => {
      expect(labels(role)).toEqual([
        'Home',
        'Campaigns',
        'Content',
        'Calendar',
        'Take-downs',
        'Inbox',
        'Surveys',
        'Feedback themes',
        'Audience segments',
        'Analytics',
        'Consents',
        'Live Q&A',
        'Audit log',
        'Settings',
      ]);
    },
  );

  it('hides the audit log from a marketer but shows content, its take-downs, the inbox, surveys, analytics and consents', () => {
    expect(labels('MARKETER')).toEqual([
      'Home',
      'Campaigns',
      'Content',
      'Calendar',
      'Take-downs',
      'Inbox',
      'Surveys',
      'Feedback themes',
      'Audience segments',
      'Analytics',
      'Consents',
      'Live Q&A',
      'Settings',
    ]);
  });

  it('shows a clinical reviewer content and the inbox (their assigned threads) but not the take-downs, which they may not confirm', () => {
    expect(labels('CLINICAL_REVIEWER')).toEqual([
      'Home',
      'Campaigns',
      'Content',
      'Calendar',
      'Inbox',
      'Audience segments',
      'Analytics',
      'Consents',
      'Live Q&A',
      'Settings',
    ]);
  });

  it('hides the audit log, content, its calendar, the inbox, surveys and consents from MODERATOR', () => {
    expect(labels('MODERATOR')).toEqual([
      'Home',
      'Campaigns',
      'Audience segments',
      'Analytics',
      'Live Q&A',
      'Settings',
    ]);
  });

  it('shows ANALYST surveys (their results), the feedback themes and analytics (figures only) but not the inbox behind them', () => {
    expect(labels('ANALYST')).toEqual([
      'Home',
      'Campaigns',
      'Surveys',
      'Feedback themes',
      'Audience segments',
      'Analytics',
      'Live Q&A',
      'Settings',
    ]);
  });

  it('links the settings (read-only but for admins) last, for staff roles only', () => {
    expect(navItemsForRoles(['ANALYST', 'MODERATOR'], navEntries).at(-1)).toEqual({
      to: '/settings',
      label: 'Settings',
    });
    expect(labels()).toEqual(['Home', 'Campaigns', 'Audience segments', 'Live Q&A']);
  });

  it('takes the entry with the longest matching address as the current page', () => {
    const items = navItemsForRoles(['MARKETER'], navEntries);
    const current = (pathname: string) => currentNavItem(pathname, items)?.label;
    expect(current('/content/calendar')).toBe('Calendar');
    expect(current('/content/takedowns')).toBe('Take-downs');
    expect(current('/content/abc123')).toBe('Content');
    expect(current('/content')).toBe('Content');
    expect(current('/contents')).toBeUndefined();
    expect(current('/')).toBe('Home');
    expect(current('/settings/posting-policy')).toBe('Settings');
  });
});
