import { useMemo } from 'react';
import { useQuery } from 'urql';
import { ContentConsentOptionsDocument } from '@/generated/graphql';
import type { Option } from '@/ui/form/SelectField';

/**
 * The active consents a story may link, by label (number and scope, never the patient), with the
 * ones already linked kept even when no longer active, so the author sees what is linked.
 */
export function useContentConsentOptions(
  needed: boolean,
  linked: readonly { id: string; label: string }[] = [],
): { options: Option[]; loading: boolean } {
  const [{ data, fetching }] = useQuery({ query: ContentConsentOptionsDocument, pause: !needed });
  const options = useMemo(() => {
    const active = data?.consents.edges.map(({ node }) => ({ value: node.id, label: node.label })) ?? [];
    const missing = linked.filter((consent) => !active.some((option) => option.value === consent.id));
    return [...active, ...missing.map((consent) => ({ value: consent.id, label: consent.label }))];
  }, [data, linked]);
  return { options, loading: fetching && !data };
}
