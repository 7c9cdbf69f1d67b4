import { useQuery } from 'urql';
import { HomeLiveSessionsDocument, LiveSessionChangedDocument, type LiveSessionFilter } from '@/generated/graphql';
import { useRefreshOnChange } from '@/modules/api/hooks/useRefreshOnChange';
import { useRefreshEvery } from '@/ui/hooks/useRefreshEvery';

/**
 * The sessions a home panel shows, read again whenever a session of the organisation is scheduled,
 * changed, started or ended (liveSessionChanged). Pending-question counts are read with them; a
 * panel that shows them also reads again every `refreshEveryMs` (questions arrive on each session's
 * own stream, for its moderators).
 */
export function useHomeLiveSessions(filter: LiveSessionFilter, refreshEveryMs?: number) {
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: HomeLiveSessionsDocument,
    variables: { filter },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  useRefreshOnChange(LiveSessionChangedDocument, reload);
  useRefreshEvery(reload, refreshEveryMs ?? Number.POSITIVE_INFINITY);
  return { sessions: data?.liveSessions.edges.map((edge) => edge.node), error, fetching };
}
