/** What the webhook form edits, named as the server's userErrors name it (["input", "url"]). */
export const WEBHOOK_FORM_FIELDS = ['url'] as const;
export type WebhookFormField = (typeof WEBHOOK_FORM_FIELDS)[number];
export interface WebhookFormValues {
  url: string;
}

// The server's own words (WebhookAddresses), so a mistake reads the same whichever side finds it.
export const ENTER_FULL_ADDRESS = 'Enter the webhook’s full address, starting with https://';
export const HTTPS_ONLY = 'The webhook must use https://';
export const NO_CREDENTIALS = 'Leave names and passwords out of the webhook’s address';

/**
 * What is wrong with an address before it is sent: a full https:// URL without a name or password
 * in it. Only the server can tell whether its host is public (it resolves it), and says so.
 */
export function validateWebhookForm(values: WebhookFormValues): Partial<Record<WebhookFormField, string>> {
  const text = values.url.trim();
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { url: ENTER_FULL_ADDRESS };
  }
  if (!url.hostname) return { url: ENTER_FULL_ADDRESS };
  if (url.protocol !== 'https:') return { url: HTTPS_ONLY };
  if (url.username || url.password) return { url: NO_CREDENTIALS };
  return {};
}
