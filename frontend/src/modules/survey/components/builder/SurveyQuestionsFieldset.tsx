import type { SurveyKind } from '@/generated/graphql';
import { RepeatableRows } from '@/ui/form/RepeatableRows';
import type { BoundField } from '@/ui/form/useFormFields';
import { newQuestionRow, SURVEY_LIMITS, type QuestionRow, type SurveyFormField } from '../../utils/surveyFormValues';
import { SurveyQuestionEditor } from './SurveyQuestionEditor';

interface Props extends BoundField<QuestionRow[]> {
  kind: SurveyKind;
  /** The form's errors, for each question's own fields. */
  errors: Partial<Record<SurveyFormField, string>>;
}

/** The draft's questions, added and removed as rows (1 to 30). */
export function SurveyQuestionsFieldset({ kind, errors, ...field }: Props) {
  return (
    <RepeatableRows
      {...field}
      hint={`1 to ${SURVEY_LIMITS.questions}, asked in this order. They can change only while the survey is a draft.`}
      emptyText="No questions yet."
      addLabel="Add question"
      newRow={() => newQuestionRow()}
      rowName={(index) => `question ${index + 1}`}
      listClassName="survey-questions"
      rowClassName="survey-question"
    >
      {(row, { index, update }) => (
        <SurveyQuestionEditor row={row} index={index} kind={kind} update={update} errors={errors} />
      )}
    </RepeatableRows>
  );
}
