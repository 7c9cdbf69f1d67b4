import type { SurveyQuestionType } from '@/generated/graphql';
import { RepeatableRows } from '@/ui/form/RepeatableRows';
import { TextField } from '@/ui/form/TextField';
import { newOptionRow, SURVEY_LIMITS, type OptionRow } from '../../utils/surveyFormValues';

interface Props {
  id: string;
  /** "Question 2": names each option's field, so every label on the page is unique. */
  question: string;
  type: SurveyQuestionType;
  quiz: boolean;
  value: OptionRow[];
  onChange: (rows: OptionRow[]) => void;
  error?: string;
}

/**
 * A choice question's options, added and removed as rows; in a quiz each has its right-answer
 * mark beside it: a radio button for one choice (one right answer), a checkbox for several.
 */
export function SurveyOptionsFieldset({ id, question, type, quiz, value, onChange, error }: Props) {
  const single = type === 'SINGLE_CHOICE';
  const markRight = (key: string, on: boolean) =>
    onChange(
      value.map((row) => (row.key === key ? { ...row, correct: on } : single && on ? { ...row, correct: false } : row)),
    );
  return (
    <RepeatableRows
      id={id}
      label={`${question} options`}
      hint={`${SURVEY_LIMITS.minOptions} to ${SURVEY_LIMITS.maxOptions}, all different.${quiz ? (single ? ' Mark the right answer.' : ' Mark every right answer.') : ''}`}
      error={error}
      value={value}
      onChange={onChange}
      emptyText="No options yet."
      addLabel="Add option"
      newRow={() => newOptionRow()}
      rowName={(index) => `${question.toLowerCase()} option ${index + 1}`}
      listClassName="survey-options"
      rowClassName="survey-option"
    >
      {(row, { index, update }) => (
        <>
          <TextField
            id={`${id}-${index}`}
            label={`${question} option ${index + 1}`}
            value={row.label}
            maxLength={SURVEY_LIMITS.option * 2}
            onChange={(label) => update({ label })}
          />
          {quiz && (
            <label className="checkbox survey-option__right">
              <input
                type={single ? 'radio' : 'checkbox'}
                name={`${id}-right`}
                checked={row.correct}
                onChange={(event) => markRight(row.key, event.target.checked)}
              />
              Right answer
              <span className="visually-hidden">
                : {question.toLowerCase()} option {index + 1}
              </span>
            </label>
          )}
        </>
      )}
    </RepeatableRows>
  );
}
