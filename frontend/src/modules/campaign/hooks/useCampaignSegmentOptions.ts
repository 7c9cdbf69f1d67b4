import { useMemo } from 'react';
import { useQuery } from 'urql';
import { CampaignFormSegmentsDocument } from '@/generated/graphql';
import type { Option } from '@/ui/form/SelectField';

/** The organisation's audience segments as checkbox options for the campaign form. */
export function useCampaignSegmentOptions(): { options: Option[]; loading: boolean } {
  const [{ data, fetching }] = useQuery({ query: CampaignFormSegmentsDocument });
  const options = useMemo(
    () => data?.audienceSegments.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [],
    [data],
  );
  return { options, loading: fetching && !data };
}
