import { Fieldset } from './Fieldset';
import type { Option } from './SelectField';

interface CheckboxGroupProps<V extends string> {
  id: string;
  /** The legend. */
  label: string;
  options: readonly Option<V>[];
  value: readonly V[];
  onChange: (value: V[]) => void;
  hint?: string;
  error?: string;
  emptyMessage?: string;
}

/** A fieldset of checkboxes whose checked values form a list. */
export function CheckboxGroup<V extends string>({
  id,
  label,
  options,
  value,
  onChange,
  hint,
  error,
  emptyMessage = 'Nothing to choose from yet.',
}: CheckboxGroupProps<V>) {
  const toggle = (option: V, checked: boolean) =>
    onChange(checked ? [...value, option] : value.filter((item) => item !== option));

  return (
    <Fieldset id={id} label={label} hint={hint} error={error}>
      {options.length === 0 && <p className="muted">{emptyMessage}</p>}
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="checkbox"
              name={id}
              value={option.value}
              checked={value.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </Fieldset>
  );
}
