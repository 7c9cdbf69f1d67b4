import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ContentFormOptionsDocument, type Channel } from '@/generated/graphql';
import type { Option } from '@/ui/form/SelectField';

export interface CampaignOption extends Option {
  channels: readonly Channel[];
}

/** What the editor and the list's filter choose from: topics, campaigns (with their channels) and segments. */
export function useContentFormOptions() {
  const [{ data, fetching }] = useQuery({ query: ContentFormOptionsDocument });
  return useMemo(
    () => ({
      loading: fetching && !data,
      topics: data?.contentTopics ?? [],
      campaigns:
        data?.campaigns.edges.map(({ node }): CampaignOption => ({
          value: node.id,
          label: node.name,
          channels: node.channels,
        })) ?? [],
      segments: data?.audienceSegments.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [],
    }),
    [data, fetching],
  );
}
