import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { SectionNav } from '@/ui/layout/SectionNav';

export const SETTINGS_PATH = '/settings';
export const POSTING_POLICY_PATH = '/settings/posting-policy';
export const PUBLISHING_WEBHOOK_PATH = '/settings/publishing-webhook';
export const INBOX_SETTINGS_PATH = '/settings/inbox';
export const FEEDBACK_THEMES_SETTINGS_PATH = '/settings/feedback-themes';

/**
 * The settings' pages, each with its own form and save: the organisation's settings, the posting
 * policy (content staff read it, admins write it), the publishing webhook (admins), the inbox's
 * (its staff read them, admins write them) and the feedback themes' taxonomy (who reads the themes
 * reads it, admins write it). Shown only to a reader who has more than one.
 */
export function SettingsSections() {
  const { canReadPostingPolicy, canManagePublishingWebhook, canReadFeedbackSettings, canReadThemeTaxonomy } =
    usePermissions();
  const links = [
    { to: SETTINGS_PATH, label: 'Organisation', shown: true },
    { to: POSTING_POLICY_PATH, label: 'Posting policy', shown: canReadPostingPolicy },
    { to: PUBLISHING_WEBHOOK_PATH, label: 'Publishing webhook', shown: canManagePublishingWebhook },
    { to: INBOX_SETTINGS_PATH, label: 'Inbox', shown: canReadFeedbackSettings },
    { to: FEEDBACK_THEMES_SETTINGS_PATH, label: 'Feedback themes', shown: canReadThemeTaxonomy },
  ].filter((link) => link.shown);
  return links.length > 1 ? <SectionNav label="Settings sections" links={links} /> : null;
}
