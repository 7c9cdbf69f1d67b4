import type { PublishingWebhookFieldsFragment } from '@/generated/graphql';
import { Alert } from '@/ui/feedback/Alert';
import { formatDateTime } from '@/ui/utils/format';

interface Props {
  webhook: PublishingWebhookFieldsFragment | null;
  /** What was just done here, said in the status region. */
  outcome: string | null;
}

/** Where posts go now: the webhook's address, or nowhere but CarePulse's own record. */
export function WebhookStatus({ webhook, outcome }: Props) {
  return (
    <section aria-labelledby="webhook-status-heading">
      <h2 id="webhook-status-heading" tabIndex={-1}>
        Where posts go
      </h2>
      {outcome && <Alert tone="success">{outcome}</Alert>}
      {webhook?.url ? (
        <p>
          Each post is sent to <span className="webhook-url">{webhook.url}</span> when it publishes
          {webhook.updatedAt ? ` (set ${formatDateTime(webhook.updatedAt)})` : ''}.
        </p>
      ) : (
        <p>
          No webhook is set. Posts that publish are recorded in CarePulse, but nothing is sent to your channels.
          {webhook?.updatedAt ? ` The last webhook was stopped ${formatDateTime(webhook.updatedAt)}.` : ''}
        </p>
      )}
    </section>
  );
}
