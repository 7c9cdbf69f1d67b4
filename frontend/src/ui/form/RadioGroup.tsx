import { Fieldset } from './Fieldset';
import type { Option } from './SelectField';

interface RadioGroupProps<V extends string> {
  id: string;
  /** The legend. */
  label: string;
  options: readonly Option<V>[];
  value: V;
  onChange: (value: V) => void;
  hint?: string;
  error?: string;
}

/** One choice of a few, all in view: a fieldset of radio buttons. */
export function RadioGroup<V extends string>({ id, label, options, value, onChange, hint, error }: RadioGroupProps<V>) {
  return (
    <Fieldset id={id} label={label} hint={hint} error={error}>
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option.value} className="checkbox">
            <input
              type="radio"
              name={id}
              value={option.value}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            {option.label}
          </label>
        ))}
      </div>
    </Fieldset>
  );
}
