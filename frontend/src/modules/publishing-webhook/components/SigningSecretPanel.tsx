import { useEffect, useRef } from 'react';
import { CopyableText } from '@/ui/data-display/CopyableText';
import { Alert } from '@/ui/feedback/Alert';

interface Props {
  secret: string;
  /** The admin copied it: the secret leaves the page. */
  onDone: () => void;
}

/**
 * The signing secret the server answered when the webhook was set, shown this once: focused when
 * it appears (the form that set it starts again empty), to copy into the receiving service.
 */
export function SigningSecretPanel({ secret, onDone }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="panel webhook-secret" aria-labelledby="webhook-secret-heading">
      <h2 id="webhook-secret-heading" ref={heading} tabIndex={-1}>
        Webhook set: copy its signing secret now
      </h2>
      <Alert tone="warning" live={false} title="This secret will not be shown again.">
        <p>
          CarePulse keeps it encrypted and cannot show it to anyone again, admins included. Paste it into the service
          that receives your posts, which uses it to check each request came from CarePulse. If it is lost, set the
          webhook again to get a new one.
        </p>
      </Alert>
      <CopyableText id="webhook-signing-secret" label="Signing secret" value={secret} copyLabel="Copy secret" />
      <button type="button" className="button" onClick={onDone}>
        I have copied it
      </button>
    </section>
  );
}
