import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { CreateContentDocument, UpdateContentDocument, type ContentDetailFragment } from '@/generated/graphql';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { buildCreateContentInput, buildUpdateContentInput } from '../utils/contentFormToInput';
import type { ContentFormValues } from '../utils/contentFormValues';
import { contentPath } from '../utils/contentPaths';
import { routeContentUserErrors } from '../utils/routeContentUserErrors';

const channelsOf = (values: ContentFormValues) => values.variants.map((row) => row.channel);

/** Creates the item and opens it; userErrors go back to the form, each under its field. */
export function useCreateContent(): (values: ContentFormValues) => Promise<SubmitOutcome> {
  const [, createContent] = useMutation(CreateContentDocument);
  const navigate = useNavigate();
  return useCallback(
    async (values) => {
      const result = await createContent({ input: buildCreateContentInput(values) });
      if (result.error) return { error: describeGraphqlError(result.error) };
      const payload = result.data?.createContent;
      if (!payload) return { error: 'The content was not saved.' };
      if (payload.content && payload.userErrors.length === 0) navigate(contentPath(payload.content.id));
      return { userErrors: routeContentUserErrors(payload.userErrors, channelsOf(values)) };
    },
    [createContent, navigate],
  );
}

/** Saves what changed since `initialValues` were read, guarded by the item's version. */
export function useUpdateContent(
  content: Pick<ContentDetailFragment, 'id' | 'version'>,
  initialValues: ContentFormValues,
): (values: ContentFormValues) => Promise<SubmitOutcome> {
  const [, updateContent] = useMutation(UpdateContentDocument);
  const navigate = useNavigate();
  return useCallback(
    async (values) => {
      const input = buildUpdateContentInput(initialValues, values, content.id, content.version);
      const result = await updateContent({ input });
      if (result.error) return { error: describeGraphqlError(result.error) };
      const payload = result.data?.updateContent;
      if (!payload) return { error: 'The content was not saved.' };
      if (payload.content && payload.userErrors.length === 0) navigate(contentPath(payload.content.id));
      // Variant errors name the variants as sent: all of them when they changed.
      return { userErrors: routeContentUserErrors(payload.userErrors, channelsOf(values)) };
    },
    [content.id, content.version, initialValues, navigate, updateContent],
  );
}
