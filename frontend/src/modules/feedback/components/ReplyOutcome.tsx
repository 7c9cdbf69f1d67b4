import { Alert } from '@/ui/feedback/Alert';
import type { SendOutcome } from '../hooks/useSendReply';
import { deliveryState } from './FeedbackMessages';

interface Props {
  outcome: SendOutcome | null;
  onReload: () => void;
}

/**
 * What became of the last send, where focus goes after it: sent (or recorded while the sending
 * service has not confirmed it), refused because the thread changed meanwhile, or failed.
 * Refusals of the text itself are shown beside the box instead.
 */
export function ReplyOutcome({ outcome, onReload }: Props) {
  if (!outcome) return null;
  if (outcome.kind === 'sent') {
    const delivered = outcome.message?.deliveryId;
    return delivered ? (
      <Alert tone="success">Reply sent.</Alert>
    ) : (
      <Alert tone="info" title={deliveryState({ deliveryId: null })}>
        <p>
          Your reply is kept in CarePulse and shown in the conversation, but the sending service has not confirmed it.
          Check the channel before you send it again.
        </p>
      </Alert>
    );
  }
  if (outcome.kind === 'failed') return <Alert tone="error">{outcome.message}</Alert>;
  const { errors } = outcome;
  if (errors.conflict) {
    return (
      <Alert tone="warning" title="Not sent: this thread changed meanwhile">
        <p>
          Someone replied or changed the thread after you opened it. Your draft is kept: read the thread, then send.
        </p>
        <button type="button" className="button button--small" onClick={onReload}>
          Read the thread again
        </button>
      </Alert>
    );
  }
  return errors.form.length > 0 ? <Alert tone="error">{errors.form.join(' ')}</Alert> : null;
}
