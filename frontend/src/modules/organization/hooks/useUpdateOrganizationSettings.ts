import { useCallback } from 'react';
import { useMutation } from 'urql';
import { UpdateOrganizationSettingsDocument, type OrganizationSettingsFieldsFragment } from '@/generated/graphql';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { buildUpdateOrganizationSettingsInput } from '../utils/organizationSettingsFormToInput';
import { routePostingTargetErrors } from '../utils/routePostingTargetErrors';
import {
  organizationSettingsToFormValues,
  type OrganizationSettingsFormValues,
} from '../utils/organizationSettingsFormValues';

/**
 * Saves what changed since `settings` were read, guarded by their version. The saved settings go
 * to `onSaved`, so the next save is compared with them and sends their version. A posting
 * target's userError goes to its channel's input, found from the list sent.
 */
export function useUpdateOrganizationSettings(
  settings: OrganizationSettingsFieldsFragment,
  onSaved: (settings: OrganizationSettingsFieldsFragment) => void,
): (values: OrganizationSettingsFormValues) => Promise<SubmitOutcome> {
  const [, update] = useMutation(UpdateOrganizationSettingsDocument);
  return useCallback(
    async (values) => {
      const initial = organizationSettingsToFormValues(settings);
      const input = buildUpdateOrganizationSettingsInput(initial, values, settings.version);
      const result = await update({ input });
      if (result.error) return { error: describeGraphqlError(result.error) };
      const payload = result.data?.updateOrganizationSettings;
      if (!payload) return { error: 'The settings were not saved.' };
      if (payload.organizationSettings && payload.userErrors.length === 0) onSaved(payload.organizationSettings);
      return { userErrors: routePostingTargetErrors(payload.userErrors, input.postingTargets) };
    },
    [onSaved, settings, update],
  );
}
