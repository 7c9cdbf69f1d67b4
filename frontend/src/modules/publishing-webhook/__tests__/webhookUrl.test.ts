// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ENTER_FULL_ADDRESS, HTTPS_ONLY, NO_CREDENTIALS, validateWebhookForm } from '../utils/webhookUrl';

describe('webhook address check', () => {
  it('accepts a full https:// address', () => {
    expect(validateWebhookForm({ url: ' https://hooks.zapier.com/hooks/catch/123/abc/ ' })).toEqual({});
  });

  it('asks for a full address when it is empty or not one', () => {
    expect(validateWebhookForm({ url: '' })).toEqual({ url: ENTER_FULL_ADDRESS });
    expect(validateWebhookForm({ url: 'hooks.zapier.com/catch' })).toEqual({ url: ENTER_FULL_ADDRESS });
    expect(validateWebhookForm({ url: 'https://' })).toEqual({ url: ENTER_FULL_ADDRESS });
  });

  it('refuses anything but https, as the server does', () => {
    expect(validateWebhookForm({ url: 'http://example.org/hook' })).toEqual({ url: HTTPS_ONLY });
    expect(validateWebhookForm({ url: 'ftp://example.org/hook' })).toEqual({ url: HTTPS_ONLY });
  });

  it('keeps names and passwords out of the address', () => {
    expect(validateWebhookForm({ url: 'https://user:secret@example.org/hook' })).toEqual({ url: NO_CREDENTIALS });
  });
});
