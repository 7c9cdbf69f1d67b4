import { segmentPath } from '../utils/segmentPaths';
import { useCallback } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import {
  CreateAudienceSegmentDocument,
  UpdateAudienceSegmentDocument,
  type SegmentDetailFragment,
  type UserErrorFieldsFragment,
} from '@/generated/graphql';
import type { SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { buildCreateSegmentInput, buildUpdateSegmentInput } from '../utils/segmentFormToInput';
import type { SegmentFormValues } from '../utils/segmentFormValues';

type Payload = { audienceSegment: { id: string } | null; userErrors: readonly UserErrorFieldsFragment[] };

/** Opens the saved segment, or hands the userErrors back to the form. */

function useOpenOnSuccess() {
  const navigate = useNavigate();
  return useCallback(
    (payload: Payload | undefined): SubmitOutcome => {
      if (!payload) return { error: 'The segment was not saved.' };
      if (payload.audienceSegment && payload.userErrors.length === 0) {
        navigate(segmentPath(payload.audienceSegment.id));
      }
      return { userErrors: payload.userErrors };
    },
    [navigate],
  );
}

export function useCreateSegment(): (values: SegmentFormValues) => Promise<SubmitOutcome> {
  const [, create] = useMutation(CreateAudienceSegmentDocument);
  const openOnSuccess = useOpenOnSuccess();
  return useCallback(
    async (values) => {
      const result = await create({ input: buildCreateSegmentInput(values) });
      return result.error
        ? { error: describeGraphqlError(result.error) }
        : openOnSuccess(result.data?.createAudienceSegment);
    },
    [create, openOnSuccess],
  );
}

/** Saves what changed since `initialValues` were read, guarded by the segment's version. */
export function useUpdateSegment(
  segment: Pick<SegmentDetailFragment, 'id' | 'version'>,
  initialValues: SegmentFormValues,
): (values: SegmentFormValues) => Promise<SubmitOutcome> {
  const [, update] = useMutation(UpdateAudienceSegmentDocument);
  const openOnSuccess = useOpenOnSuccess();
  return useCallback(
    async (values) => {
      const input = buildUpdateSegmentInput(initialValues, values, segment.id, segment.version);
      const result = await update({ input });
      return result.error
        ? { error: describeGraphqlError(result.error) }
        : openOnSuccess(result.data?.updateAudienceSegment);
    },
    [initialValues, openOnSuccess, segment.id, segment.version, update],
  );
}
