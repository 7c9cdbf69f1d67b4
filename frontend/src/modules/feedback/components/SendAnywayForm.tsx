import { useState, type FormEvent } from 'react';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { validateOverrideJustification, OVERRIDE_JUSTIFICATION_MIN } from '../utils/overrideJustification';

interface Props {
  /** Sends the reply with this justification. */
  onSend: (justification: string) => void;
  onCancel: () => void;
  sending: boolean;
  /** The server's objection to the justification, if it had one. */
  serverError: string | null;
}

/**
 * A compliance officer sends a reply the guard refused, saying why. The reason is kept on the
 * message and in the audit log; the server refuses it from anyone else.
 */
export function SendAnywayForm({ onSend, onCancel, sending, serverError }: Props) {
  const [justification, setJustification] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const invalid = validateOverrideJustification(justification);
    setError(invalid);
    if (!invalid) onSend(justification.trim());
  };

  return (
    <form className="form confirm" onSubmit={submit} noValidate aria-labelledby="send-anyway-title">
      <h3 id="send-anyway-title">Send despite the reply guard</h3>
      <TextAreaField
        id="reply-override-justification"
        label="Why this reply may be sent"
        hint={`At least ${OVERRIDE_JUSTIFICATION_MIN} characters. Your name, the time and this reason are kept with the reply and in the audit log.`}
        value={justification}
        onChange={setJustification}
        error={error ?? serverError ?? undefined}
        required
        rows={3}
        autoFocus
      />
      <div className="button-row">
        <button type="submit" className="button button--danger" disabled={sending}>
          {sending ? 'Sending…' : 'Send anyway'}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
