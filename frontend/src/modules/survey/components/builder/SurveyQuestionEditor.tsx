import type { SurveyKind } from '@/generated/graphql';
import { CheckboxField } from '@/ui/form/CheckboxField';
import { Fieldset } from '@/ui/form/Fieldset';
import { SelectField } from '@/ui/form/SelectField';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { TextField } from '@/ui/form/TextField';
import { isChoiceQuestion, QUESTION_TYPE_OPTIONS } from '../../utils/surveyLabels';
import {
  questionField,
  surveyFieldId,
  SURVEY_LIMITS,
  type QuestionPart,
  type QuestionRow,
  type SurveyFormField,
} from '../../utils/surveyFormValues';
import { SurveyOptionsFieldset } from './SurveyOptionsFieldset';

interface Props {
  row: QuestionRow;
  index: number;
  kind: SurveyKind;
  update: (change: Partial<QuestionRow>) => void;
  errors: Partial<Record<SurveyFormField, string>>;
}

/** One question of the builder: its type, prompt, whether it must be answered, and its options. */
export function SurveyQuestionEditor({ row, index, kind, update, errors }: Props) {
  const name = `Question ${index + 1}`;
  const id = (part?: QuestionPart) => surveyFieldId(questionField(index, part));
  const error = (part?: QuestionPart) => errors[questionField(index, part)];
  const quiz = kind === 'QUIZ';
  const choice = isChoiceQuestion(row.type);
  return (
    <Fieldset id={id()} label={name} error={error()}>
      <div className="field-row">
        <SelectField
          id={id('type')}
          label={`${name} type`}
          required
          value={row.type}
          emptyLabel="Choose a type"
          options={QUESTION_TYPE_OPTIONS}
          error={error('type')}
          hint={quiz && row.type && !choice ? 'Not scored: only choice questions have a right answer.' : undefined}
          onChange={(type) => update({ type })}
        />
        <CheckboxField
          id={id('required')}
          label={`${name} must be answered`}
          value={row.required}
          error={error('required')}
          onChange={(required) => update({ required })}
        />
      </div>
      <TextField
        id={id('prompt')}
        label={`${name} prompt`}
        required
        value={row.prompt}
        error={error('prompt')}
        hint={`What the respondent reads, up to ${SURVEY_LIMITS.prompt} characters.`}
        onChange={(prompt) => update({ prompt })}
      />
      {choice && row.type && (
        <SurveyOptionsFieldset
          id={id('options')}
          question={name}
          type={row.type}
          quiz={quiz}
          value={row.options}
          error={error('options')}
          onChange={(options) => update({ options })}
        />
      )}
      {quiz && (
        <TextAreaField
          id={id('explanation')}
          label={`${name} explanation`}
          value={row.explanation}
          error={error('explanation')}
          rows={2}
          hint={`Shown to the respondent after answering, up to ${SURVEY_LIMITS.explanation.toLocaleString('en-US')} characters.`}
          onChange={(explanation) => update({ explanation })}
        />
      )}
    </Fieldset>
  );
}
