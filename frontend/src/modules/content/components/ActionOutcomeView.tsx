import type { ContentDetailFragment } from '@/generated/graphql';
import { Alert } from '@/ui/feedback/Alert';
import { ConflictNotice } from '@/ui/feedback/ConflictNotice';
import type { ActionOutcome } from '../hooks/useContentAction';
import { describeActionError } from '../utils/actionErrors';
import { sectionId } from './ContentSection';

interface Props {
  outcome: ActionOutcome | null;
  content: ContentDetailFragment;
  onReload: () => void;
}

/** What the last action did, or why it was refused, in words, beside the actions. */
export function ActionOutcomeView({ outcome, content, onReload }: Props) {
  if (!outcome) return null;
  if (outcome.kind === 'done') return <Alert tone="success">{outcome.message}</Alert>;
  if (outcome.kind === 'conflict') return <ConflictNotice what="content item" onReload={onReload} />;
  if (outcome.kind === 'failed') return <Alert tone="error">{outcome.message}</Alert>;
  const errors = outcome.errors.map((error) => describeActionError(error, content));
  return (
    <Alert tone="error" title="This step was refused">
      <ul className="content-action-errors">
        {errors.map((error, index) => (
          <li key={index}>
            {error.section ? <a href={`#${sectionId(error.section)}`}>{error.text}</a> : error.text}
            {error.findings.length > 0 && (
              <ul>
                {error.findings.map((finding) => (
                  <li key={finding}>{finding}</li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
