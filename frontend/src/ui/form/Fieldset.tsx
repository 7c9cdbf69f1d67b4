import type { ReactNode } from 'react';
import { FieldMessages, messageIds } from './Field';

interface FieldsetProps {
  id: string;
  /** The legend. */
  label: string;
  hint?: string;
  error?: string;
  children: ReactNode;
}

/**
 * Controls that belong together under one legend, with the group's own hint and error. It takes
 * focus (tabIndex -1) so an error summary can jump to it.
 */
export function Fieldset({ id, label, hint, error, children }: FieldsetProps) {
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={error ? 'fieldset field--invalid' : 'fieldset'}
      aria-describedby={messageIds(id, hint, error)}
    >
      <legend className="field__label">{label}</legend>
      <FieldMessages id={id} hint={hint} error={error} />
      {children}
    </fieldset>
  );
}
