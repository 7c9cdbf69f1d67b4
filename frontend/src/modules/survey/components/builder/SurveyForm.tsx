import { useCallback, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { SurveyQuestionFieldsFragment } from '@/generated/graphql';
import { useMutationForm, type SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { CheckboxField } from '@/ui/form/CheckboxField';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import { RadioGroup } from '@/ui/form/RadioGroup';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { TextField } from '@/ui/form/TextField';
import { KIND_LABELS, KIND_OPTIONS } from '../../utils/surveyLabels';
import {
  sameSurveyValues,
  SURVEY_FIELD_LABELS,
  SURVEY_FORM_FIELDS,
  SURVEY_LIMITS,
  surveyFieldId,
  type SurveyFormValues,
} from '../../utils/surveyFormValues';
import { validateSurveyForm } from '../../utils/validateSurveyForm';
import { ReadOnlyQuestions } from './ReadOnlyQuestions';
import { SurveyQuestionsFieldset } from './SurveyQuestionsFieldset';
import '../../styles/survey.css';

interface Props {
  initialValues: SurveyFormValues;
  submitLabel: string;
  cancelTo: string;
  onSubmit: (values: SurveyFormValues) => Promise<SubmitOutcome>;
  onConflict?: () => void;
  savedValues?: SurveyFormValues;
  /** Drawn beside the submit button: a conflict notice for the values typed (ConflictResolution). */
  renderConflict?: (values: SurveyFormValues) => ReactNode;
  /** Only a new survey chooses between survey and quiz. */
  kindEditable?: boolean;
  /**
   * The questions as saved, when the survey has been opened: the API refuses to change them then,
   * so they are shown as they are, and only the title, description and thank-you message stay editable.
   */
  lockedQuestions?: readonly SurveyQuestionFieldsFragment[];
}

export function SurveyForm(props: Props) {
  const locked = Boolean(props.lockedQuestions);
  const validate = useCallback((values: SurveyFormValues) => validateSurveyForm(values, locked), [locked]);
  const form = useMutationForm({
    initialValues: props.initialValues,
    fields: SURVEY_FORM_FIELDS,
    labels: SURVEY_FIELD_LABELS,
    fieldId: surveyFieldId,
    validate,
    submit: props.onSubmit,
    onConflict: props.onConflict,
    savedValues: props.savedValues,
    isUnchanged: sameSurveyValues,
  });
  const { field, values } = form;
  return (
    <form className="form survey-form" onSubmit={form.onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrorSummary items={form.summary} attempt={form.attempt} />
      {props.kindEditable ? (
        <RadioGroup
          {...field('kind')}
          options={KIND_OPTIONS}
          hint="A quiz has a right answer per choice question and shows it, with its explanation, after answering."
        />
      ) : (
        <p>
          <strong>Kind:</strong> {KIND_LABELS[values.kind]}
        </p>
      )}
      <TextField {...field('title')} required hint={`Up to ${SURVEY_LIMITS.title} characters. Respondents see it.`} />
      <TextAreaField
        {...field('description')}
        rows={3}
        hint={`Optional, up to ${SURVEY_LIMITS.description.toLocaleString('en-US')} characters: why you ask and how answers are used.`}
      />
      <TextAreaField
        {...field('thankYouMessage')}
        rows={2}
        hint={`Optional, up to ${SURVEY_LIMITS.thankYouMessage} characters: shown once a response is sent.`}
      />
      {locked ? (
        <p>
          <strong>{SURVEY_FIELD_LABELS.asksDisplayName}:</strong> {values.asksDisplayName ? 'Yes' : 'No'}
        </p>
      ) : (
        <CheckboxField
          {...field('asksDisplayName')}
          hint="Always optional for the respondent; without it every response is anonymous."
        />
      )}
      {props.lockedQuestions ? (
        <ReadOnlyQuestions
          id={surveyFieldId('questions')}
          kind={values.kind}
          questions={props.lockedQuestions}
          hint="The survey has been opened, so its questions can no longer change: answers already given must keep their meaning."
          error={form.fieldErrors.questions}
        />
      ) : (
        <SurveyQuestionsFieldset {...field('questions')} kind={values.kind} errors={form.fieldErrors} />
      )}
      {props.renderConflict?.(values)}
      <div className="form__actions button-row">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : props.submitLabel}
        </button>
        <Link to={props.cancelTo} className="button button--quiet">
          Cancel
        </Link>
      </div>
    </form>
  );
}
