import { Link } from 'react-router';
import { useQuery } from 'urql';
import { OpenSurveysDocument } from '@/generated/graphql';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { useRefreshEvery } from '@/ui/hooks/useRefreshEvery';
import { formatNumber } from '@/ui/utils/format';
import { surveyPath, SURVEYS_PATH } from '../utils/surveyPaths';

const responses = (n: number) => `${formatNumber(n)} ${n === 1 ? 'response' : 'responses'}`;

/**
 * The open surveys, newest first, each with its responses so far; read again every 30 s while the
 * page is visible (no subscription pushes survey responses).
 */
export function OpenSurveysPanel() {
  const [{ data, error }, reexecute] = useQuery({ query: OpenSurveysDocument });
  useRefreshEvery(() => reexecute({ requestPolicy: 'network-only' }), 30_000);
  if (!data)
    return error ? (
      <p className="error-text">The surveys could not be loaded.</p>
    ) : (
      <LoadingState label="Loading open surveys…" />
    );
  const { totalCount, edges } = data.surveys;
  if (totalCount === 0) return <p className="muted">No survey is open.</p>;
  return (
    <>
      <p>
        <Link to={`${SURVEYS_PATH}?status=OPEN`}>
          {totalCount} open {totalCount === 1 ? 'survey' : 'surveys'}
        </Link>
      </p>
      <ul className="home-list">
        {edges.map(({ node }) => (
          <li key={node.id} className="home-list__item">
            <Link to={surveyPath(node.id)} className="home-list__title">
              {node.title}
            </Link>{' '}
            <span className="muted">{responses(node.results.responses)}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
