import { useState } from 'react';
import { useMutation } from 'urql';
import { SendLiveQuestionToInboxDocument } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { mayCall } from '@/modules/viewer/utils/permissions';
import { useViewer } from '@/modules/viewer/hooks/useViewer';

type State =
  { kind: 'idle' } | { kind: 'sending' } | { kind: 'sent'; again: boolean } | { kind: 'failed'; message: string };

/**
 * "Send to inbox" on a question the session had no time for (or that needs a private answer):
 * the question becomes a private inbox thread for the marketing team, once however often it is sent.
 */
export function SendToInbox({ questionId }: { questionId: string }) {
  const { roles } = useViewer();
  const [, send] = useMutation(SendLiveQuestionToInboxDocument);
  const [state, setState] = useState<State>({ kind: 'idle' });
  if (!mayCall('mutation', 'sendLiveQuestionToInbox', roles)) return null;

  const onSend = async () => {
    setState({ kind: 'sending' });
    const result = await send({ input: { questionId } });
    const payload = result.data?.sendLiveQuestionToInbox;
    if (result.error || !payload || payload.userErrors.length > 0 || !payload.threadId) {
      const message = result.error
        ? describeGraphqlError(result.error)
        : (payload?.userErrors[0]?.message ?? 'The question was not sent to the inbox.');
      setState({ kind: 'failed', message });
      return;
    }
    setState({ kind: 'sent', again: !payload.created });
  };

  return (
    <div className="question-card__inbox">
      {state.kind !== 'sent' && (
        <button type="button" className="button button--small" disabled={state.kind === 'sending'} onClick={onSend}>
          {state.kind === 'sending' ? 'Sending to the inbox…' : 'Send to inbox'}
        </button>
      )}
      <span role="status" className={state.kind === 'failed' ? 'error-text' : 'muted'}>
        {state.kind === 'sent' && (state.again ? 'Already in the inbox.' : 'Sent to the inbox for a private answer.')}
        {state.kind === 'failed' && state.message}
      </span>
    </div>
  );
}
