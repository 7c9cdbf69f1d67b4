import { useCallback } from 'react';
import { useMutation } from 'urql';
import { UpdateFeedbackThemeTaxonomyDocument, type ThemeDefinitionFieldsFragment } from '@/generated/graphql';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { buildThemeTaxonomyInput, type ThemeTaxonomyFormValues } from '../utils/themeTaxonomyForm';

/**
 * Replaces the organisation's taxonomy with the form's; the saved themes (new ones with the keys
 * the server gave them) go to `onSaved`. The payload's userErrors are answered as they are: the
 * form puts each on its row.
 */
export function useUpdateThemeTaxonomy(
  onSaved: (themes: ThemeDefinitionFieldsFragment[]) => void,
): (values: ThemeTaxonomyFormValues) => Promise<SubmitOutcome> {
  const [, update] = useMutation(UpdateFeedbackThemeTaxonomyDocument);
  return useCallback(
    async (values) => {
      const result = await update({ input: buildThemeTaxonomyInput(values) });
      if (result.error) return { error: describeGraphqlError(result.error) };
      const payload = result.data?.updateFeedbackThemeTaxonomy;
      if (!payload) return { error: 'The themes were not saved.' };
      if (payload.themes && payload.userErrors.length === 0) onSaved(payload.themes);
      return { userErrors: payload.userErrors };
    },
    [onSaved, update],
  );
}
