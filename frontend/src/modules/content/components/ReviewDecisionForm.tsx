import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { ReviewContentDocument, type ContentDetailFragment, type ReviewDecision } from '@/generated/graphql';
import { Alert } from '@/ui/feedback/Alert';
import { RadioGroup } from '@/ui/form/RadioGroup';
import { TextAreaField } from '@/ui/form/TextAreaField';
import type { useContentAction } from '../hooks/useContentAction';
import { awaitedReview } from '../utils/contentAccess';
import { DECISION_OPTIONS, DECISION_PAST, REVIEW_KIND_LABELS } from '../utils/contentLabels';
import { validateReviewDecision } from '../utils/reviewDecision';
import { ActionOutcomeView } from './ActionOutcomeView';
import { sectionId } from './ContentSection';

interface Props {
  content: ContentDetailFragment;
  action: ReturnType<typeof useContentAction>;
  onReload: () => void;
}

/** The reviewer's decision on the item as it is now: approve, or request changes or reject with notes. */
export function ReviewDecisionForm({ content, action, onReload }: Props) {
  const [, review] = useMutation(ReviewContentDocument);
  const [decision, setDecision] = useState<ReviewDecision>('APPROVE');
  const [notes, setNotes] = useState('');
  const [error, setError] = useState<string>();
  const kind = awaitedReview(content.status);
  const open = content.comments.filter((comment) => !comment.resolved).length;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = validateReviewDecision(decision, notes);
    setError(problem);
    if (problem) {
      document.getElementById('review-notes')?.focus();
      return;
    }
    await action.run(
      () =>
        review({
          input: { contentId: content.id, expectedVersion: content.version, decision, notes: notes.trim() || null },
        }).then((r) => ({ payload: r.data?.reviewContent, error: r.error })),
      () => `${DECISION_PAST[decision]}.`,
    );
  };

  return (
    <section className="panel" aria-labelledby="review-decision-title">
      <h2 id="review-decision-title">{kind ? REVIEW_KIND_LABELS[kind] : 'Review'}: your decision</h2>
      <ActionOutcomeView outcome={action.outcome} content={content} onReload={onReload} />
      {kind && action.outcome?.kind !== 'done' && (
        <form className="form" onSubmit={(event) => void submit(event)} noValidate aria-busy={action.busy}>
          <RadioGroup
            id="review-decision"
            label="Decision"
            options={DECISION_OPTIONS}
            value={decision}
            onChange={setDecision}
          />
          {decision === 'APPROVE' && open > 0 && (
            <Alert tone="warning" live={false}>
              <p>
                {open === 1 ? 'A review comment is open' : `${open} review comments are open`}: an approval is refused
                until every comment is resolved. <a href={`#${sectionId('comments')}`}>Go to the review comments</a>
              </p>
            </Alert>
          )}
          <TextAreaField
            id="review-notes"
            label="Notes"
            hint="Required to request changes or reject: say what to change and why."
            value={notes}
            onChange={setNotes}
            error={error}
            required={decision !== 'APPROVE'}
            rows={4}
          />
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={action.busy}>
              {action.busy ? 'Saving…' : 'Record decision'}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
