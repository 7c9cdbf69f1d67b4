import { useState, type FormEvent, type ReactNode } from 'react';
import { useFormFields } from './useFormFields';

interface FilterDraftOptions<V, F extends string> {
  labels: Record<F, string>;
  fieldId: (name: F) => string;
  /** Errors of the draft by field; the draft is applied only when there are none. */
  validate?: (values: V) => Partial<Record<F, string>>;
}

/**
 * A list's filters as a draft: the list changes only on "Apply filters", so typing does not fire
 * a query per key; "Clear filters" applies the empty filters at once.
 */
export function useFilterDraft<V extends object, F extends string>(
  values: V,
  empty: V,
  onApply: (values: V) => void,
  { labels, fieldId, validate }: FilterDraftOptions<V, F>,
) {
  const [errors, setErrors] = useState<Partial<Record<F, string>>>({});
  const draft = useFormFields(values, { labels, fieldId, errors });
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const found = validate?.(draft.values) ?? {};
    setErrors(found);
    if (Object.keys(found).length === 0) onApply(draft.values);
  };
  const clear = () => {
    setErrors({});
    draft.setValues(empty);
    onApply(empty);
  };
  return { ...draft, apply, clear };
}

interface FilterFormProps {
  /** Names the search landmark, e.g. "Filter campaigns". */
  label: string;
  onSubmit: (event: FormEvent) => void;
  onClear: () => void;
  children: ReactNode;
}

/** The filter bar of a list: its fields, then Apply and Clear. */
export function FilterForm({ label, onSubmit, onClear, children }: FilterFormProps) {
  return (
    <form className="filters" role="search" aria-label={label} onSubmit={onSubmit} noValidate>
      <div className="filters__fields">{children}</div>
      <div className="filters__actions">
        <button type="submit" className="button button--primary">
          Apply filters
        </button>
        <button type="button" className="button button--quiet" onClick={onClear}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
