import { Link } from 'react-router';
import type { ContentDetailFragment } from '@/generated/graphql';
import { formatDateTime } from '@/ui/utils/format';
import { correctionUnderWay } from '../utils/corrections';
import { contentPath } from '../utils/contentPaths';
import { ContentStatusBadge } from './ContentStatusBadge';

/**
 * On an item that has been corrected: its corrections, newest first, each linked with its status
 * and when it was started. One under way is said first, as the way to go on (no second one starts).
 */
export function CorrectionsOfItem({ content }: { content: Pick<ContentDetailFragment, 'corrections'> }) {
  if (content.corrections.length === 0) return null;
  const underWay = correctionUnderWay(content);
  return (
    <section className="panel" aria-labelledby="content-corrections-title">
      <h2 id="content-corrections-title">Corrections</h2>
      {underWay && (
        <p>
          <Link to={contentPath(underWay.id)}>The correction under way</Link> is the one to continue: another cannot
          start meanwhile. This item stays up until that correction is published.
        </p>
      )}
      <ul className="link-list">
        {content.corrections.map((correction) => (
          <li key={correction.id}>
            <Link to={contentPath(correction.id)}>{correction.title}</Link>{' '}
            <ContentStatusBadge status={correction.status} />{' '}
            <span className="muted">
              started <time dateTime={correction.createdAt}>{formatDateTime(correction.createdAt)}</time>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
