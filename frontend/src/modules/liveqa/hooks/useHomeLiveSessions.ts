import { useQuery } from 'urql';
import { HomeLiveSessionsDocument, type LiveSessionFilter } from '@/generated/graphql';
import { useRefreshEvery } from '@/ui/hooks/useRefreshEvery';

/** How often the home's live session panels read again: no subscription covers a whole organisation's sessions. */
export const HOME_REFRESH_MS = 30_000;

export function useHomeLiveSessions(filter: LiveSessionFilter) {
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: HomeLiveSessionsDocument,
    variables: { filter },
    requestPolicy: 'cache-and-network',
  });
  useRefreshEvery(() => reexecute({ requestPolicy: 'network-only' }), HOME_REFRESH_MS);
  return { sessions: data?.liveSessions.edges.map((edge) => edge.node), error, fetching };
}
