import { useUnsavedChangesWarning } from '@/ui/form/useUnsavedChangesWarning';
import { useMutationFormState, type MutationFormOptions } from './useMutationFormState';

export type { ErrorSummaryItem, MutationFormState, SubmitOutcome } from './useMutationFormState';

/**
 * A staff form's state (useMutationFormState) that also asks before the user leaves it with unsaved
 * changes. Needs the staff app's data router; the public pages use useMutationFormState.
 */
export function useMutationForm<F extends string, V extends object>(options: MutationFormOptions<F, V>) {
  const form = useMutationFormState(options);
  // While a save is in flight the page it opens must not be blocked.
  useUnsavedChangesWarning(form.unsaved && !form.submitting);
  return form;
}
