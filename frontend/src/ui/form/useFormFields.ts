import { useState } from 'react';

/** What a field component (TextField, SelectField, CheckboxField, CheckboxGroup …) takes for one value. */
export interface BoundField<T> {
  id: string;
  label: string;
  value: T;
  onChange: (value: T) => void;
  error?: string;
}

/** What a Fieldset takes for a group that has its own label and error, e.g. a budget. */
export interface BoundFieldset {
  id: string;
  label: string;
  error?: string;
}

/**
 * Binds a form's values to its field components. A field goes by a name F: its label, its DOM id
 * and its error are looked up by that name, which is the value's key unless given apart (the
 * value `budgetAmount` reported on as `amount`, as the server's userErrors name it).
 */
export interface FormFields<V, F extends string> {
  field: {
    <K extends keyof V & F>(key: K): BoundField<V[K]>;
    <K extends keyof V>(key: K, name: F): BoundField<V[K]>;
  };
  fieldset: (name: F) => BoundFieldset;
}

interface Options<F extends string> {
  labels: Record<F, string>;
  fieldId: (name: F) => string;
  errors?: Partial<Record<F, string>>;
}

/** A form's values, and the props that wire each one to its label, input and error. */
export function useFormFields<V extends object, F extends string>(
  initialValues: V,
  { labels, fieldId, errors = {} }: Options<F>,
): FormFields<V, F> & { values: V; setValues: (values: V) => void } {
  const [values, setValues] = useState(initialValues);
  const fieldset = (name: F): BoundFieldset => ({ id: fieldId(name), label: labels[name], error: errors[name] });
  const field = <K extends keyof V>(key: K, name = key as unknown as F): BoundField<V[K]> => ({
    ...fieldset(name),
    value: values[key],
    onChange: (value) => setValues((current) => ({ ...current, [key]: value })),
  });
  return { values, setValues, field, fieldset };
}
