import { TextAreaField } from '@/ui/form/TextAreaField';
import { TEXT_ANSWER_MAX, type AnswerValue, type PublicQuestion } from '../../utils/responseForm';
import { ChoiceQuestion } from './ChoiceQuestion';
import { ScaleQuestion } from './ScaleQuestion';

interface Props {
  question: PublicQuestion;
  value: AnswerValue;
  onChange: (value: AnswerValue) => void;
  error?: string;
}

/** The DOM id of a question's control or group, for the error summary's links. */
export const answerFieldId = (questionId: string) => `answer-${questionId}`;

/** One question of the public form, by its type. */
export function PublicQuestionField({ question, value, onChange, error }: Props) {
  const id = answerFieldId(question.id);
  switch (question.type) {
    case 'SINGLE_CHOICE':
    case 'MULTIPLE_CHOICE':
      return (
        <ChoiceQuestion
          id={id}
          question={question}
          value={value.optionIds}
          error={error}
          onChange={(optionIds) => onChange({ ...value, optionIds })}
        />
      );
    case 'RATING':
    case 'NPS':
      return (
        <ScaleQuestion
          id={id}
          legend={question.prompt}
          required={question.required}
          kind={question.type}
          value={value.value}
          error={error}
          onChange={(chosen) => onChange({ ...value, value: chosen })}
        />
      );
    default: {
      const length = value.text.trim().length;
      const over = length > TEXT_ANSWER_MAX;
      const countId = `${id}-count`;
      return (
        <div className="public-question">
          <TextAreaField
            id={id}
            label={question.prompt}
            required={question.required}
            rows={4}
            describedBy={countId}
            value={value.text}
            error={error}
            onChange={(text) => onChange({ ...value, text })}
          />
          <p id={countId} className={over ? 'public-count public-count--over' : 'public-count'}>
            {length.toLocaleString('en-US')} / {TEXT_ANSWER_MAX.toLocaleString('en-US')} characters
          </p>
        </div>
      );
    }
  }
}
