import type { ContentDetailFragment } from '@/generated/graphql';
import { formatDateTime, humanize } from '@/ui/utils/format';
import { DECISION_PAST, REVIEW_KIND_LABELS } from '../utils/contentLabels';
import { personName } from '../utils/personName';

/** Every review decision, newest first, with who decided and their notes. */
export function ContentReviews({ reviews }: Pick<ContentDetailFragment, 'reviews'>) {
  if (reviews.length === 0) return <p className="muted">Not reviewed yet.</p>;
  return (
    <ol className="content-history">
      {[...reviews].reverse().map((review, index) => (
        <li key={`${review.at}-${index}`} className="content-history__item">
          <strong>
            {REVIEW_KIND_LABELS[review.kind]}: {DECISION_PAST[review.decision]}
          </strong>{' '}
          by {personName(review.reviewer)}, <time dateTime={review.at}>{formatDateTime(review.at)}</time>
          {review.notes && <p className="content-history__notes">{review.notes}</p>}
        </li>
      ))}
    </ol>
  );
}

/** Every change, newest first: its number, who made it and which fields it changed. */
export function ContentRevisions({ revisions }: Pick<ContentDetailFragment, 'revisions'>) {
  if (revisions.length === 0) return <p className="muted">No revisions.</p>;
  return (
    <ol className="content-history">
      {[...revisions].reverse().map((revision) => (
        <li key={revision.number} className="content-history__item">
          <strong>Revision {revision.number}</strong> by {personName(revision.editor)},{' '}
          <time dateTime={revision.at}>{formatDateTime(revision.at)}</time>
          {revision.changedFields.length > 0 && (
            <p className="content-history__notes">
              Changed: {revision.changedFields.map((field) => humanize(field).toLowerCase()).join(', ')}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}
