import { Link } from 'react-router';
import { useQuery } from 'urql';
import { ConsentsExpiringSoonDocument } from '@/generated/graphql';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { formatDate } from '@/ui/utils/format';
import { consentPath } from '../utils/consentPaths';

export const EXPIRY_WINDOW_DAYS = 30;

/** Active consents whose expiration date falls within the next 30 days, soonest first. */
export function ConsentsExpiringSoonPanel() {
  const [{ data, error }] = useQuery({
    query: ConsentsExpiringSoonDocument,
    variables: { days: EXPIRY_WINDOW_DAYS },
    requestPolicy: 'cache-and-network',
  });
  if (!data)
    return error ? (
      <p className="error-text">Consents could not be loaded.</p>
    ) : (
      <LoadingState label="Loading consents…" />
    );
  const consents = data.consentsExpiringSoon;
  if (consents.length === 0) return <p className="muted">No consent expires in the next {EXPIRY_WINDOW_DAYS} days.</p>;
  return (
    <ul className="home-list">
      {consents.map((consent) => (
        <li key={consent.id} className="home-list__item">
          <Link to={consentPath(consent.id)} className="home-list__title">
            {consent.label}
          </Link>
          {consent.expiresOn && (
            <span className="muted">
              expires <time dateTime={consent.expiresOn}>{formatDate(consent.expiresOn)}</time>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
