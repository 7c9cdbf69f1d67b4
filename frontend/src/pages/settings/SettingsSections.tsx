import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { SectionNav } from '@/ui/layout/SectionNav';

export const SETTINGS_PATH = '/settings';
export const POSTING_POLICY_PATH = '/settings/posting-policy';
export const PUBLISHING_WEBHOOK_PATH = '/settings/publishing-webhook';
export const INBOX_SETTINGS_PATH = '/settings/inbox';

/**
 * The settings' pages, each with its own form and save: the organisation's settings, the posting
 * policy (content staff read it, admins write it), the publishing webhook (admins) and the inbox's
 * (its staff read them, admins write them). Shown only to a reader who has more than one.
 */
export function SettingsSections() {
  const { canReadPostingPolicy, canManagePublishingWebhook, canReadFeedbackSettings } = usePermissions();
  const links = [
    { to: SETTINGS_PATH, label: 'Organisation', shown: true },
    { to: POSTING_POLICY_PATH, label: 'Posting policy', shown: canReadPostingPolicy },
    { to: PUBLISHING_WEBHOOK_PATH, label: 'Publishing webhook', shown: canManagePublishingWebhook },
    { to: INBOX_SETTINGS_PATH, label: 'Inbox', shown: canReadFeedbackSettings },
  ].filter((link) => link.shown);
  return links.length > 1 ? <SectionNav label="Settings sections" links={links} /> : null;
}
