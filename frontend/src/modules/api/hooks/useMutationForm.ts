import { useCallback, useState } from 'react';
import type { UserErrorFieldsFragment } from '@/generated/graphql';
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

interface Options<F extends string, V> {
  fields: readonly F[];
  validate: (values: V) => Partial<Record<F, string>>;
  submit: (values: V) => Promise<SubmitOutcome>;
}

const initialState = { fieldErrors: {}, formErrors: [], conflict: false, submitting: false, attempt: 0 };

/** Validates, submits, and spreads userErrors over the form's fields. */
export function useMutationForm<F extends string, V>({ fields, validate, submit }: Options<F, V>) {
  const [state, setState] = useState<MutationFormState<F>>(initialState);

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
    },
    [fields, submit, validate],
  );

  return { ...state, handleSubmit };
}
