import { useState, type FormEvent } from 'react';
import { TextAreaField } from './TextAreaField';

/**
 * What is wrong with a justification for an audited action, in words for the person writing it,
 * or undefined when it will do. {@code purpose} finishes "Say why …" ("this reply may be sent").
 */
export function validateJustification(
  justification: string,
  { purpose, min, max }: { purpose: string; min: number; max: number },
): string | undefined {
  const length = justification.trim().length;
  if (length === 0) return `Say why ${purpose}, in at least ${min} characters`;
  if (length < min) return `The reason needs at least ${min} characters (${length} so far)`;
  if (length > max) return `Keep the reason to ${max.toLocaleString('en-US')} characters or fewer`;
  return undefined;
}

interface Props {
  id: string;
  /** A heading for the form, when the page around it has none. */
  title?: string;
  label: string;
  /** What the reason is kept for, after the length it needs. */
  keptFor: string;
  /** Finishes "Say why …", for the error of an empty field. */
  purpose: string;
  min: number;
  max: number;
  submitLabel: string;
  busyLabel: string;
  busy: boolean;
  /** The server's objection, if it had one. */
  serverError?: string | null;
  rows?: number;
  onSubmit: (justification: string) => void;
  onCancel: () => void;
}

/**
 * An audited action that needs a reason (sending a reply the guard refused, releasing a held
 * answer): the reason, checked before it is sent, the action and a way back.
 */
export function JustificationForm({
  id,
  title,
  label,
  keptFor,
  purpose,
  min,
  max,
  submitLabel,
  busyLabel,
  busy,
  serverError,
  rows = 3,
  onSubmit,
  onCancel,
}: Props) {
  const [justification, setJustification] = useState('');
  const [error, setError] = useState<string | undefined>();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const invalid = validateJustification(justification, { purpose, min, max });
    setError(invalid);
    if (!invalid) onSubmit(justification.trim());
  };

  return (
    <form className="form confirm" onSubmit={submit} noValidate aria-labelledby={title ? `${id}-title` : undefined}>
      {title && <h3 id={`${id}-title`}>{title}</h3>}
      <TextAreaField
        id={id}
        label={label}
        hint={`At least ${min} characters. ${keptFor}`}
        value={justification}
        onChange={setJustification}
        error={error ?? serverError ?? undefined}
        required
        rows={rows}
        autoFocus
      />
      <div className="button-row">
        <button type="submit" className="button button--danger" disabled={busy}>
          {busy ? busyLabel : submitLabel}
        </button>
        <button type="button" className="button button--quiet" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
