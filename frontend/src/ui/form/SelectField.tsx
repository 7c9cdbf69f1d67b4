import { Field, type FieldProps } from './Field';

export interface Option<V extends string = string> {
  value: V;
  label: string;
}

type SelectFieldProps<V extends string> = Omit<FieldProps, 'children'> & {
  value: V | '';
  onChange: (value: V | '') => void;
  options: readonly Option<V>[];
  /** Label of the empty choice; omit to force a value. */
  emptyLabel?: string;
};

export function SelectField<V extends string>({ value, onChange, options, emptyLabel, ...field }: SelectFieldProps<V>) {
  return (
    <Field {...field}>
      {(control) => (
        <select
          className="input"
          {...control}
          value={value}
          onChange={(event) => onChange(event.target.value as V | '')}
        >
          {emptyLabel !== undefined && <option value="">{emptyLabel}</option>}
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
