import type { InputHTMLAttributes } from 'react';
import { Field, type FieldProps } from './Field';

type TextFieldProps = Omit<FieldProps, 'children'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'onChange' | 'value' | 'required'> & {
    value: string;
    onChange: (value: string) => void;
  };

export function TextField({
  id,
  label,
  hint,
  error,
  required,
  describedBy,
  value,
  onChange,
  ...input
}: TextFieldProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error} required={required} describedBy={describedBy}>
      {(control) => (
        <input
          type="text"
          className="input"
          {...input}
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
