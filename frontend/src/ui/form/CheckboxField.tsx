import { FieldMessages, messageIds } from './Field';

interface CheckboxFieldProps {
  id: string;
  label: string;
  /** Whether the box is checked. */
  value: boolean;
  onChange: (value: boolean) => void;
  hint?: string;
  error?: string;
}

/** One yes/no choice, its label beside the box. */
export function CheckboxField({ id, label, value, onChange, hint, error }: CheckboxFieldProps) {
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label className="checkbox">
        <input
          type="checkbox"
          id={id}
          checked={value}
          aria-describedby={messageIds(id, hint, error)}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.checked)}
        />
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
    </div>
  );
}
