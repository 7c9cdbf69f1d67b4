import { Link } from 'react-router';
import type { ContentDetailFragment } from '@/generated/graphql';
import { Alert } from '@/ui/feedback/Alert';
import { CONTENT_STATUS_LABELS } from '../utils/contentLabels';
import { contentPath } from '../utils/contentPaths';

/** On a correction: the published item it replaces, and what publishing the correction does to it. */
export function CorrectionNotice({ content }: { content: Pick<ContentDetailFragment, 'status' | 'correctionOf'> }) {
  const original = content.correctionOf;
  if (!original) return null;
  const link = <Link to={contentPath(original.id)}>{original.title}</Link>;
  const replaced = content.status === 'PUBLISHED' && original.status === 'RETRACTED';
  return (
    <Alert tone="info" title="A correction" live={false}>
      {replaced ? (
        <p>This item replaced {link}, which was retracted from every channel when this correction was published.</p>
      ) : original.status === 'PUBLISHED' ? (
        <p>
          This item corrects {link} (published). Publishing it retracts the original from every channel, each with a
          take-down to confirm.
        </p>
      ) : (
        <p>
          This item corrects {link}, which is now {CONTENT_STATUS_LABELS[original.status].toLowerCase()}.
        </p>
      )}
    </Alert>
  );
}
