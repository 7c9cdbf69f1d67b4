import { useCallback, useMemo, useState, type FormEvent } from 'react';
import type { UserErrorFieldsFragment } from '@/generated/graphql';
import { useFormFields } from '@/ui/form/useFormFields';
import { mapUserErrors } from '../utils/mapUserErrors';

/** What a form's submit handler reports back: the payload's userErrors, or a failed request. */
export type SubmitOutcome = { userErrors: readonly UserErrorFieldsFragment[] } | { error: string };

export interface MutationFormState<F extends string> {
  fieldErrors: Partial<Record<F, string>>;
  formErrors: string[];
  conflict: boolean;
  submitting: boolean;
  /** Counts failed submits, so the error summary takes focus again each time. */
  attempt: number;
}

/** One line of the form's error summary; targetId links it to the field. */
export interface ErrorSummaryItem {
  message: string;
  targetId?: string;
}

export interface MutationFormOptions<F extends string, V> {
  initialValues: V;
  fields: readonly F[];
  /** Field labels, used in the error summary. */
  labels: Record<F, string>;
  /** The DOM id of each field's input, so a summary line can move focus to it. */
  fieldId: (field: F) => string;
  validate: (values: V) => Partial<Record<F, string>>;
  submit: (values: V) => Promise<SubmitOutcome>;
  /** Called when a save answers CONFLICT (someone else saved first), e.g. useEditConflict's onConflict. */
  onConflict?: () => void;
  /**
   * What is saved now, to tell whether the form holds unsaved changes (the user is asked before
   * leaving then); `initialValues` unless the form starts from something else, e.g. reapplied edits.
   */
  savedValues?: V;
  /**
   * Whether the values typed equal the saved ones; equal JSON when omitted. A form whose rows
   * carry React keys compares without them, as a save gives its rows new keys.
   */
  isUnchanged?: (values: V, saved: V) => boolean;
}

/** "Name: Enter a name", but "End date must be on or after the start date" as it is. */
const withLabel = (label: string, message: string) =>
  message.toLocaleLowerCase().startsWith(label.toLocaleLowerCase()) ? message : `${label}: ${message}`;

const initialState = { fieldErrors: {}, formErrors: [], conflict: false, submitting: false, attempt: 0 };

/**
 * A mutation form's state: its values and each field's props (useFormFields), client validation,
 * submit, and the payload's userErrors spread over the fields and gathered in an error summary.
 * Without a router: the public pages use it as it is; staff forms use useMutationForm, which also
 * asks before leaving with unsaved changes.
 */
export function useMutationFormState<F extends string, V extends object>(options: MutationFormOptions<F, V>) {
  const { initialValues, fields, labels, fieldId, validate, submit, onConflict, savedValues = initialValues } = options;
  const { isUnchanged } = options;
  const [state, setState] = useState<MutationFormState<F>>(initialState);
  const { values, field, fieldset } = useFormFields(initialValues, { labels, fieldId, errors: state.fieldErrors });
  const unsaved = useMemo(
    () => (isUnchanged ? !isUnchanged(values, savedValues) : JSON.stringify(values) !== JSON.stringify(savedValues)),
    [isUnchanged, savedValues, values],
  );

  const handleSubmit = useCallback(
    async (values: V) => {
      const clientErrors = validate(values);
      if (Object.keys(clientErrors).length > 0) {
        setState((s) => ({ ...initialState, fieldErrors: clientErrors, attempt: s.attempt + 1 }));
        return;
      }
      setState((s) => ({ ...s, submitting: true }));
      const outcome = await submit(values);
      if ('error' in outcome) {
        setState((s) => ({ ...initialState, formErrors: [outcome.error], attempt: s.attempt + 1 }));
        return;
      }
      const mapped = mapUserErrors(outcome.userErrors, fields);
      setState((s) => ({ ...mapped, submitting: false, attempt: s.attempt + (outcome.userErrors.length > 0 ? 1 : 0) }));
      if (mapped.conflict) onConflict?.();
    },
    [fields, onConflict, submit, validate],
  );

  const summary: ErrorSummaryItem[] = [
    ...(Object.keys(state.fieldErrors) as F[]).map((field) => ({
      message: withLabel(labels[field], state.fieldErrors[field] ?? ''),
      targetId: fieldId(field),
    })),
    ...state.formErrors.map((message) => ({ message })),
  ];

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void handleSubmit(values);
  };

  return { ...state, values, unsaved, field, fieldset, summary, handleSubmit, onSubmit };
}
