import { useMemo } from 'react';
import { useQuery } from 'urql';
import { FeedbackThemeTaxonomyDocument } from '@/generated/graphql';
import { themeLabeller } from '../utils/themeLabels';

const NONE = [] as const;

/**
 * The organisation's theme taxonomy, to name a thread's theme keys; not asked for when the reader
 * may not read it (a clinical reviewer): keys are then named as themeLabeller makes them readable.
 */
export function useThemeTaxonomy(enabled: boolean) {
  const [{ data }] = useQuery({ query: FeedbackThemeTaxonomyDocument, pause: !enabled });
  const taxonomy = data?.feedbackThemeTaxonomy ?? NONE;
  const labelOf = useMemo(() => themeLabeller(taxonomy), [taxonomy]);
  return { taxonomy, labelOf };
}
