import { useEffect, useRef } from 'react';
import type { ContentDetailFragment } from '@/generated/graphql';
import { Alert } from '@/ui/feedback/Alert';
import { ConflictNotice } from '@/ui/feedback/ConflictNotice';
import type { ActionOutcome } from '../hooks/useContentAction';
import { describeActionError, type ActionError } from '../utils/actionErrors';
import { sectionId } from './ContentSection';
import { PostingPolicyAcknowledgement } from './PostingPolicyAcknowledgement';

interface Props {
  outcome: ActionOutcome | null;
  content: ContentDetailFragment;
  onReload: () => void;
}

/**
 * What the last action did, or why it was refused, in words, beside the actions. It takes focus
 * when it changes: the button just pressed has often gone with the status it belonged to.
 */
export function ActionOutcomeView(props: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (props.outcome) ref.current?.focus();
  }, [props.outcome]);
  if (!props.outcome) return null;
  return (
    <div ref={ref} tabIndex={-1} className="content-outcome">
      <Outcome {...props} />
    </div>
  );
}

function Outcome({ outcome, content, onReload }: Props) {
  if (!outcome) return null;
  if (outcome.kind === 'done') return <Alert tone="success">{outcome.message}</Alert>;
  if (outcome.kind === 'conflict') return <ConflictNotice what="content item" onReload={onReload} />;
  if (outcome.kind === 'failed') return <Alert tone="error">{outcome.message}</Alert>;
  const errors = outcome.errors.map((error) => describeActionError(error, content));
  // A correction is new content: its writer accepts the current policy first, here rather than in the editor.
  const policy = outcome.errors.some((error) => error.code === 'POLICY_NOT_ACKNOWLEDGED');
  return (
    <>
      <Refusal errors={errors} />
      {policy && (
        <PostingPolicyAcknowledgement fresh>
          <Alert tone="success">Policy accepted: you can take this step now.</Alert>
        </PostingPolicyAcknowledgement>
      )}
    </>
  );
}

function Refusal({ errors }: { errors: ActionError[] }) {
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
