import { useCallback } from 'react';
import { useMutation } from 'urql';
import { UpdateFeedbackSettingsDocument, type FeedbackSettingsFieldsFragment } from '@/generated/graphql';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import {
  buildUpdateFeedbackSettingsInput,
  routeFeedbackSettingsErrors,
  type FeedbackSettingsFormValues,
} from '../utils/feedbackSettingsForm';

/** Saves the inbox settings on the version read; the saved settings go to `onSaved`, the base of the next save. */
export function useUpdateFeedbackSettings(
  settings: Pick<FeedbackSettingsFieldsFragment, 'version'>,
  onSaved: (settings: FeedbackSettingsFieldsFragment) => void,
): (values: FeedbackSettingsFormValues) => Promise<SubmitOutcome> {
  const [, update] = useMutation(UpdateFeedbackSettingsDocument);
  return useCallback(
    async (values) => {
      const result = await update({ input: buildUpdateFeedbackSettingsInput(values, settings.version) });
      if (result.error) return { error: describeGraphqlError(result.error) };
      const payload = result.data?.updateFeedbackSettings;
      if (!payload) return { error: 'The inbox settings were not saved.' };
      if (payload.feedbackSettings && payload.userErrors.length === 0) onSaved(payload.feedbackSettings);
      return { userErrors: routeFeedbackSettingsErrors(payload.userErrors) };
    },
    [onSaved, settings.version, update],
  );
}
