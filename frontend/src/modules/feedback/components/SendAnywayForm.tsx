import { JustificationForm } from '@/ui/form/JustificationForm';

/** The server's shortest justification for sending a reply the guard refused, and its longest. */
export const OVERRIDE_JUSTIFICATION_MIN = 20;
export const OVERRIDE_JUSTIFICATION_MAX = 2000;

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
  return (
    <JustificationForm
      id="reply-override-justification"
      title="Send despite the reply guard"
      label="Why this reply may be sent"
      keptFor="Your name, the time and this reason are kept with the reply and in the audit log."
      purpose="this reply may be sent"
      min={OVERRIDE_JUSTIFICATION_MIN}
      max={OVERRIDE_JUSTIFICATION_MAX}
      submitLabel="Send anyway"
      busyLabel="Sending…"
      busy={sending}
      serverError={serverError}
      onSubmit={onSend}
      onCancel={onCancel}
    />
  );
}
