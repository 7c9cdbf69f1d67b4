import { Link } from 'react-router';
import type { ContentDetailFragment } from '@/generated/graphql';
import { Alert } from '@/ui/feedback/Alert';
import { CONTENT_STATUS_LABELS } from '../utils/contentLabels';
import { contentPath } from '../utils/contentPaths';
import { isUnderWay } from '../utils/corrections';

/**
 * On a correction: the published item it replaces, and what publishing the correction does to it.
 * Once that item is no longer published (another correction replaced it, or it was retracted),
 * the server refuses to publish this one, so the notice says so and what is left to do.
 */
export function CorrectionNotice({ content }: { content: Pick<ContentDetailFragment, 'status' | 'correctionOf'> }) {
  const original = content.correctionOf;
  if (!original) return null;
  const link = <Link to={contentPath(original.id)}>{original.title}</Link>;
  const replaced = content.status === 'PUBLISHED' && original.status === 'RETRACTED';
  const now = CONTENT_STATUS_LABELS[original.status].toLowerCase();
  return (
    <Alert tone="info" title="A correction" live={false}>
      {replaced ? (
        <p>This item replaced {link}, which was retracted from every channel when this correction was published.</p>
      ) : original.status === 'PUBLISHED' ? (
        <p>
          This item corrects {link} (published). Publishing it retracts the original from every channel, each with a
          take-down to confirm.
        </p>
      ) : isUnderWay(content.status) ? (
        <p>
          This item corrects {link}, which is no longer published (now {now}). A correction is published only while the
          item it corrects is, so this one can no longer be: archive it.
        </p>
      ) : (
        <p>
          This item corrects {link}, which is now {now}.
        </p>
      )}
    </Alert>
  );
}
