import { useState } from 'react';
import type { SurveyTextAnswerFieldsFragment } from '@/generated/graphql';
import { personName } from '@/modules/content/utils/personName';
import { formatDateTime, formatNumber } from '@/ui/utils/format';
import { heldLabel } from '../../utils/heldAnswer';
import { ReleaseAnswerForm } from './ReleaseAnswerForm';

interface Props {
  questionNumber: number;
  answers: readonly SurveyTextAnswerFieldsFragment[];
  answered: number;
  held: number;
  hasMore: boolean;
  onShowMore?: () => void;
  /** Whether the reader may release held answers (ADMIN, COMPLIANCE_OFFICER). */
  canRelease: boolean;
  onReleased: () => void;
}

/**
 * A free-text question's answers, newest first. What the scanner held back for suspected PHI
 * comes without its text ("Held for suspected PHI (phone number)") until someone releases it.
 */
export function TextAnswers(props: Props) {
  const { questionNumber, answers, answered, held } = props;
  const [releasing, setReleasing] = useState<string | null>(null);
  return (
    <div className="text-answers">
      <p>
        {formatNumber(answered)} {answered === 1 ? 'answer' : 'answers'}
        {held > 0 && `, ${formatNumber(held)} held for suspected PHI`}
        {answers.length < answered && ` (the newest ${formatNumber(answers.length)} shown)`}.
      </p>
      {answers.length === 0 ? (
        <p className="muted">No answers yet.</p>
      ) : (
        <ul className="text-answers__list">
          {answers.map((answer, index) => {
            const label = `answer ${index + 1} to question ${questionNumber}`;
            return (
              <li key={answer.id} className={answer.held ? 'text-answer text-answer--held' : 'text-answer'}>
                {answer.held ? (
                  <p className="text-answer__held">{heldLabel(answer.phiFindings)}</p>
                ) : (
                  <p className="text-answer__text">{answer.text}</p>
                )}
                <p className="text-answer__meta muted">
                  {answer.respondentName ? `${answer.respondentName}, ` : ''}
                  {formatDateTime(answer.submittedAt)}
                  {answer.releasedBy && `, released by ${personName(answer.releasedBy)}`}
                </p>
                {answer.held &&
                  props.canRelease &&
                  (releasing === answer.id ? (
                    <ReleaseAnswerForm
                      answerId={answer.id}
                      answerLabel={label}
                      onCancel={() => setReleasing(null)}
                      onReleased={() => {
                        setReleasing(null);
                        props.onReleased();
                      }}
                    />
                  ) : (
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={`Release ${label}`}
                      onClick={() => setReleasing(answer.id)}
                    >
                      Release…
                    </button>
                  ))}
              </li>
            );
          })}
        </ul>
      )}
      {props.hasMore && props.onShowMore && (
        <button type="button" className="button button--small" onClick={props.onShowMore}>
          Show more answers
        </button>
      )}
    </div>
  );
}
