import type { ReactNode } from 'react';

export interface ControlProps {
  id: string;
  'aria-describedby'?: string;
  'aria-invalid'?: true;
  required?: boolean;
}

export interface FieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  /** Ids of more text that describes the control, read after its hint and error. */
  describedBy?: string;
  children: (control: ControlProps) => ReactNode;
}

export const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined;

/** The aria-describedby that names a field's hint and error, as FieldMessages renders them. */
export const messageIds = (id: string, hint?: string, error?: string) =>
  describedBy(hint && `${id}-hint`, error && `${id}-error`);

/** A field's hint and error, with the ids that messageIds names. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  return (
    <>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
    </>
  );
}

/** Label, hint and error for one control; the control gets the matching aria attributes. */
export function Field({ id, label, hint, error, required, describedBy: more, children }: FieldProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id} className="field__label">
        {label}
        {required && <span className="field__required"> (required)</span>}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children({
        id,
        'aria-describedby': describedBy(messageIds(id, hint, error), more),
        'aria-invalid': error ? true : undefined,
        required,
      })}
    </div>
  );
}
