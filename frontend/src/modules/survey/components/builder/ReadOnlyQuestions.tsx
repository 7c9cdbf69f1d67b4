import type { SurveyKind, SurveyQuestionFieldsFragment } from '@/generated/graphql';
import { FieldMessages, messageIds } from '@/ui/form/Field';
import { isChoiceQuestion, QUESTION_TYPE_LABELS } from '../../utils/surveyLabels';

interface Props {
  /** The fieldset's id, for the error summary's link. */
  id: string;
  kind: SurveyKind;
  questions: readonly SurveyQuestionFieldsFragment[];
  /** Why they cannot change, e.g. "The survey is open: …". */
  hint?: string;
  error?: string;
}

/** A survey's questions as they are, when they can no longer change (the survey has been opened). */
export function ReadOnlyQuestions({ id, kind, questions, hint, error }: Props) {
  return (
    <section
      id={id}
      tabIndex={-1}
      className="survey-questions-readonly"
      aria-labelledby={`${id}-title`}
      aria-describedby={messageIds(id, hint, error)}
    >
      <h2 id={`${id}-title`}>Questions</h2>
      <FieldMessages id={id} hint={hint} error={error} />
      <QuestionList kind={kind} questions={questions} />
    </section>
  );
}

/** The questions in order, with their type and options; in a quiz the right answers and explanations. */
export function QuestionList({
  kind,
  questions,
}: {
  kind: SurveyKind;
  questions: readonly SurveyQuestionFieldsFragment[];
}) {
  return (
    <ol className="survey-question-list">
      {questions.map((question) => (
        <li key={question.id}>
          <p className="survey-question-list__prompt">{question.prompt}</p>
          <p className="muted">
            {QUESTION_TYPE_LABELS[question.type]}
            {question.required ? ', must be answered' : ', optional'}
          </p>
          {isChoiceQuestion(question.type) && (
            <ul className="survey-question-list__options">
              {question.options.map((option) => (
                <li key={option.id}>
                  {option.label}
                  {kind === 'QUIZ' && question.correctOptionIds.includes(option.id) && (
                    <strong className="survey-right-answer"> (right answer)</strong>
                  )}
                </li>
              ))}
            </ul>
          )}
          {kind === 'QUIZ' && question.explanation && <p>Explanation: {question.explanation}</p>}
        </li>
      ))}
    </ol>
  );
}
