import { useState, type FormEvent } from 'react';
import type { PublicSurveyFieldsFragment } from '@/generated/graphql';
import { Alert } from '@/ui/feedback/Alert';
import { FormErrorSummary } from '@/ui/form/FormErrorSummary';
import { TextField } from '@/ui/form/TextField';
import { useCountdown } from '@/ui/hooks/useCountdown';
import { waitText } from '../../utils/publicSurveyClient';
import {
  DISPLAY_NAME_MAX,
  emptyResponse,
  validateResponse,
  type ResponseErrors,
  type ResponseValues,
} from '../../utils/responseForm';
import { answerFieldId, PublicQuestionField } from './PublicQuestionField';

/** What sending answered, for the form: errors to show, or a wait before trying again. */
export type SendOutcome =
  | { kind: 'sent' }
  | { kind: 'errors'; errors: ResponseErrors; form: string[] }
  | { kind: 'retryAfter'; seconds: number };

interface Props {
  survey: PublicSurveyFieldsFragment;
  onSend: (values: ResponseValues) => Promise<SendOutcome>;
  /** A preview (staff): the answers are checked, never sent. */
  preview?: boolean;
}

const NAME_ID = 'answer-display-name';

/** The survey's questions, an optional display name, and its checks in the server's words before sending. */
export function PublicSurveyForm({ survey, onSend, preview = false }: Props) {
  const [values, setValues] = useState<ResponseValues>(() => emptyResponse(survey));
  const [errors, setErrors] = useState<ResponseErrors>({});
  const [formErrors, setFormErrors] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [sending, setSending] = useState(false);
  const [checked, setChecked] = useState(false);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const wait = useCountdown(retryAt);

  const promptOf = (key: string) =>
    key === 'displayName' ? 'Your name' : (survey.questions.find((q) => q.id === key)?.prompt ?? '');
  const summary = [
    ...Object.entries(errors).map(([key, message]) => ({
      message: `${promptOf(key)}: ${message}`,
      targetId: key === 'displayName' ? NAME_ID : answerFieldId(key),
    })),
    ...formErrors.map((message) => ({ message })),
  ];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setChecked(false);
    const found = validateResponse(survey, values);
    setErrors(found);
    setFormErrors([]);
    if (Object.keys(found).length > 0) return setAttempt((n) => n + 1);
    if (preview) return setChecked(true);
    setSending(true);
    const outcome = await onSend(values);
    setSending(false);
    if (outcome.kind === 'errors') {
      setErrors(outcome.errors);
      setFormErrors(outcome.form);
      setAttempt((n) => n + 1);
    } else if (outcome.kind === 'retryAfter') {
      setRetryAt(Date.now() + outcome.seconds * 1000);
    }
  };

  return (
    <form className="form public-survey-form" onSubmit={(event) => void submit(event)} noValidate aria-busy={sending}>
      <FormErrorSummary items={summary} attempt={attempt} />
      {survey.questions.map((question) => (
        <PublicQuestionField
          key={question.id}
          question={question}
          value={values.answers[question.id]}
          error={errors[question.id]}
          onChange={(answer) => setValues((v) => ({ ...v, answers: { ...v.answers, [question.id]: answer } }))}
        />
      ))}
      {survey.asksDisplayName && (
        <TextField
          id={NAME_ID}
          label="Your name"
          hint={`Optional, up to ${DISPLAY_NAME_MAX} characters: leave it empty to answer anonymously.`}
          autoComplete="nickname"
          value={values.displayName}
          error={errors.displayName}
          onChange={(displayName) => setValues((v) => ({ ...v, displayName }))}
        />
      )}
      <p className="public-privacy">
        Please don’t include personal health details (names, phone numbers, dates of birth, record numbers) in your
        answers.
      </p>
      {wait > 0 && (
        <Alert tone="warning">
          Many answers came from your network just now. Please try again in {waitText(wait)}.
        </Alert>
      )}
      {checked && <Alert tone="info">Preview: your answers pass the checks. Nothing was sent or counted.</Alert>}
      <button type="submit" className="button button--primary" disabled={sending || wait > 0}>
        {sending ? 'Sending…' : preview ? 'Check answers (preview)' : 'Send answers'}
      </button>
    </form>
  );
}
