import { useEffect, useRef } from 'react';
import type { PublicSurveyFieldsFragment, SurveyReceiptFieldsFragment } from '@/generated/graphql';

interface Props {
  survey: Pick<PublicSurveyFieldsFragment, 'kind' | 'questions'> | null;
  receipt: SurveyReceiptFieldsFragment | null;
  /** The server said this browser had answered before (ALREADY_RESPONDED): no receipt to show. */
  already?: boolean;
}

/**
 * After answering: the survey's thank-you message, and for a quiz the score and each question
 * right or wrong with its right answer and explanation.
 */
export function SurveyReceiptView({ survey, receipt, already = false }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  // The form the respondent was in is gone: the thanks take focus, so a screen reader reads them.
  useEffect(() => heading.current?.focus(), []);
  const quiz = survey?.kind === 'QUIZ' && receipt && receipt.quizFeedback.length > 0;
  return (
    <section aria-labelledby="survey-thanks-title" className="survey-receipt">
      <h2 id="survey-thanks-title" tabIndex={-1} ref={heading}>
        {already ? 'You have already answered this survey. Thank you!' : 'Thank you!'}
      </h2>
      {!already && <p>{receipt?.thankYouMessage || 'Your answers were sent.'}</p>}
      {quiz && receipt.score !== null && receipt.maxScore !== null && (
        <p className="survey-receipt__score">
          Your score: {receipt.score} out of {receipt.maxScore}
        </p>
      )}
      {quiz && survey && (
        <ol className="quiz-feedback">
          {receipt.quizFeedback.map((feedback) => {
            const question = survey.questions.find((q) => q.id === feedback.questionId);
            const right = question?.options.filter((o) => feedback.correctOptionIds.includes(o.id)) ?? [];
            return (
              <li
                key={feedback.questionId}
                className={feedback.correct ? 'quiz-feedback--right' : 'quiz-feedback--wrong'}
              >
                <p className="quiz-feedback__prompt">{question?.prompt}</p>
                <p>
                  <strong>{feedback.correct ? '✓ Right' : '✗ Not quite'}</strong>
                  {right.length > 0 && (
                    <>
                      {' '}
                      — the right {right.length === 1 ? 'answer is' : 'answers are'}:{' '}
                      {right.map((o) => o.label).join(', ')}
                    </>
                  )}
                </p>
                {feedback.explanation && <p>{feedback.explanation}</p>}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
