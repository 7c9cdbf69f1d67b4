import { useCallback, useEffect, useState } from 'react';
import type { PublishingWebhookFieldsFragment } from '@/generated/graphql';
import { useSetPublishingWebhook, type WebhookSet } from '../hooks/useSetPublishingWebhook';
import { SignatureHelp } from './SignatureHelp';
import { SigningSecretPanel } from './SigningSecretPanel';
import { StopWebhook } from './StopWebhook';
import { WebhookDeliveries } from './WebhookDeliveries';
import { WebhookForm } from './WebhookForm';
import { WebhookStatus } from './WebhookStatus';
import '../styles/publishingWebhook.css';

/**
 * The webhook as read, then as this page changed it: set or replaced (its secret shown once,
 * kept only in this component's state), or stopped.
 */
export function PublishingWebhookSettings({ initial }: { initial: PublishingWebhookFieldsFragment | null }) {
  const [webhook, setWebhook] = useState(initial);
  const [secret, setSecret] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const [focusStatus, setFocusStatus] = useState(0);
  useEffect(() => {
    if (focusStatus > 0) document.getElementById('webhook-status-heading')?.focus();
  }, [focusStatus]);

  const onSet = useCallback((set: WebhookSet) => {
    setWebhook(set.webhook);
    setSecret(set.signingSecret);
    setOutcome(
      set.webhook?.url
        ? 'The webhook is set: posts that publish from now on are sent to it.'
        : 'The webhook is stopped: posts are recorded in CarePulse only.',
    );
    // With a secret to copy, its panel takes the focus; after a stop, the status does.
    if (!set.signingSecret) setFocusStatus((n) => n + 1);
  }, []);
  const { submit } = useSetPublishingWebhook(onSet);
  const stop = async () => {
    const outcome = await submit(null);
    if ('error' in outcome) return outcome.error;
    return outcome.userErrors.length > 0 ? outcome.userErrors.map((error) => error.message).join(' ') : null;
  };
  const copied = () => {
    setSecret(null);
    setFocusStatus((n) => n + 1);
  };

  return (
    <>
      {secret && <SigningSecretPanel secret={secret} onDone={copied} />}
      <WebhookStatus webhook={webhook} outcome={secret ? null : outcome} />
      <WebhookDeliveries />
      <section aria-labelledby="webhook-form-heading">
        <h2 id="webhook-form-heading">{webhook?.url ? 'Send posts somewhere else' : 'Set a webhook'}</h2>
        {/* Starts empty again after each change, for the next address. */}
        <WebhookForm key={webhook?.url ?? ''} replacing={Boolean(webhook?.url)} onSubmit={submit} />
      </section>
      {webhook?.url && <StopWebhook url={webhook.url} onStop={stop} />}
      <SignatureHelp />
    </>
  );
}
