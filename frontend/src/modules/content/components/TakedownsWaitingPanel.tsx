import { Link } from 'react-router';
import { useQuery } from 'urql';
import { OpenTakedownCountDocument } from '@/generated/graphql';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { useRefreshEvery } from '@/ui/hooks/useRefreshEvery';
import { TAKEDOWNS_PATH } from '../utils/contentPaths';
import { countOpenTakedowns } from '../utils/takedownTasks';

/** Take-downs come only from retractions, far rarer than reviews: a minute is soon enough. */
const REFRESH_MS = 60_000;

/** How many retracted posts wait for someone to confirm they are gone, with a link to the list. */
export function TakedownsWaitingPanel() {
  const [{ data, error }, reexecute] = useQuery({ query: OpenTakedownCountDocument });
  useRefreshEvery(() => reexecute({ requestPolicy: 'network-only' }), REFRESH_MS);
  if (!data)
    return error ? (
      <p className="error-text">The take-downs could not be loaded.</p>
    ) : (
      <LoadingState label="Loading take-downs…" />
    );
  const count = countOpenTakedowns(data.contents.edges.map((edge) => edge.node));
  const more = data.contents.pageInfo.hasNextPage ? 'More than ' : '';
  return (
    <ul className="home-list">
      <li className="home-list__item">
        <Link to={TAKEDOWNS_PATH} className="home-list__title">
          {count === 0 ? 'Nothing waiting' : `${more}${count} ${count === 1 ? 'take-down' : 'take-downs'} to confirm`}
        </Link>
      </li>
    </ul>
  );
}
