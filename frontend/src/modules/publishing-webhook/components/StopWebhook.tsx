import { useState } from 'react';
import { Alert } from '@/ui/feedback/Alert';
import { ConfirmDialog } from '@/ui/feedback/ConfirmDialog';

interface Props {
  url: string;
  /** Stops the webhook; a failure in words, or null when it stopped. */
  onStop: () => Promise<string | null>;
}

/** Stops sending posts to the webhook, after saying what that means for the posts to come. */
export function StopWebhook({ url, onStop }: Props) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const stop = async () => {
    setBusy(true);
    const problem = await onStop();
    setBusy(false);
    setFailure(problem);
    if (problem) setOpen(false);
  };
  return (
    <section aria-labelledby="webhook-stop-heading">
      <h2 id="webhook-stop-heading">Stop sending posts</h2>
      <p>Without a webhook, posts are recorded in CarePulse but nothing is sent to your channels.</p>
      {failure && <Alert tone="error">{failure}</Alert>}
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        Stop using the webhook
      </button>
      <ConfirmDialog
        open={open}
        title="Stop sending posts to the webhook?"
        confirmLabel="Stop sending posts"
        busy={busy}
        onConfirm={() => void stop()}
        onCancel={() => setOpen(false)}
      >
        <p>
          Nothing more will be sent to <span className="webhook-url">{url}</span>. Posts that publish from now on,
          scheduled ones included, are marked published and recorded in CarePulse, but they do not reach your channels
          until you set a webhook again.
        </p>
      </ConfirmDialog>
    </section>
  );
}
