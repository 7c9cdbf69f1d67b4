import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ModeratorOptionsDocument } from '@/generated/graphql';
import type { Option } from '@/ui/form/SelectField';

/** The organisation's moderators as checkbox options for the live-session form. */
export function useModeratorOptions(): { options: Option[]; loading: boolean } {
  const [{ data, fetching }] = useQuery({ query: ModeratorOptionsDocument });
  const options = useMemo(
    () =>
      data?.users.edges.map(({ node }) => ({
        value: node.id,
        label: node.name && node.email ? `${node.name} (${node.email})` : (node.name ?? node.email ?? node.id),
      })) ?? [],
    [data],
  );
  return { options, loading: fetching && !data };
}
