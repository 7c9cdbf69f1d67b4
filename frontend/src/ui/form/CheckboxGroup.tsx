import { describedBy } from './Field';
import type { Option } from './SelectField';

interface CheckboxGroupProps<V extends string> {
  id: string;
  legend: string;
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
  legend,
  options,
  value,
  onChange,
  hint,
  error,
  emptyMessage = 'Nothing to choose from yet.',
}: CheckboxGroupProps<V>) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const toggle = (option: V, checked: boolean) =>
    onChange(checked ? [...value, option] : value.filter((item) => item !== option));

  return (
    <fieldset
      id={id}
      tabIndex={-1}
      className={error ? 'fieldset field--invalid' : 'fieldset'}
      aria-describedby={describedBy(hintId, errorId)}
    >
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field__error">
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
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
    </fieldset>
  );
}
