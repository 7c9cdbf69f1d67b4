import type { TextareaHTMLAttributes } from 'react';
import { Field, type FieldProps } from './Field';

type TextAreaFieldProps = Omit<FieldProps, 'children'> &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'onChange' | 'value' | 'required'> & {
    value: string;
    onChange: (value: string) => void;
  };

export function TextAreaField({
  id,
  label,
  hint,
  error,
  required,
  describedBy,
  value,
  onChange,
  rows = 3,
  ...textarea
}: TextAreaFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} describedBy={describedBy}>
      {(control) => (
        <textarea
          className="input"
          rows={rows}
          {...textarea}
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
