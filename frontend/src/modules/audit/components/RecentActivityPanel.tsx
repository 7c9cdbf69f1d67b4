import { Link } from 'react-router';
import { useQuery } from 'urql';
import { LiveSessionChangedDocument, RecentActivityDocument } from '@/generated/graphql';
import { useRefreshOnChange } from '@/modules/api/hooks/useRefreshOnChange';
import { useCampaignLiveRefresh } from '@/modules/campaign/hooks/useCampaignLiveRefresh';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { useRefreshEvery } from '@/ui/hooks/useRefreshEvery';
import { formatDateTime } from '@/ui/utils/format';
import { actorName, auditSentence, PATIENT_ACTIONS } from '../utils/auditSentence';

const REFRESH_MS = 30_000;

/**
 * What colleagues did lately, on what the viewer may see: read again at once when a campaign or a
 * live session changes, and every 30 s for the rest (moderation, segments).
 */
export function RecentActivityPanel() {
  const [{ data, error }, reexecute] = useQuery({
    query: RecentActivityDocument,
    variables: { first: 12 },
    requestPolicy: 'cache-and-network',
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  useCampaignLiveRefresh(reload);
  useRefreshOnChange(LiveSessionChangedDocument, reload);
  useRefreshEvery(reload, REFRESH_MS);
  if (!data)
    return error ? (
      <p className="error-text">Activity could not be loaded.</p>
    ) : (
      <LoadingState label="Loading activity…" />
    );
  if (data.recentActivity.length === 0) return <p className="muted">Nothing has happened yet.</p>;
  return (
    <ol className="home-list home-list--activity">
      {data.recentActivity.map((item) => {
        const sentence = auditSentence(item);
        return (
          <li key={item.id} className="home-list__item">
            <span>
              {actorName(PATIENT_ACTIONS.has(item.action) ? 'PATIENT' : 'STAFF', item.actor)} {sentence.verb}{' '}
              {sentence.target &&
                (sentence.targetPath ? <Link to={sentence.targetPath}>{sentence.target}</Link> : sentence.target)}
              {sentence.gone && <span className="muted">(no longer available)</span>}
              {sentence.detail && ` ${sentence.detail}`}
            </span>
            <time className="muted" dateTime={item.at}>
              {formatDateTime(item.at)}
            </time>
          </li>
        );
      })}
    </ol>
  );
}
