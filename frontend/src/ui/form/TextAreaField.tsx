import { Field, type FieldProps } from './Field';

type TextAreaFieldProps = Omit<FieldProps, 'children'> & {
  value: string;
  onChange: (value: string) => void;
  rows?: number;
};

export function TextAreaField({ value, onChange, rows = 3, ...field }: TextAreaFieldProps) {
  return (
    <Field {...field}>
      {(control) => (
        <textarea
          className="input"
          rows={rows}
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
