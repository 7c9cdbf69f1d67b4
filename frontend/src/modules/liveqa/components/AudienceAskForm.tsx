import { useState, type FormEvent } from 'react';
import type { AudienceSessionFieldsFragment } from '@/generated/graphql';
import { Alert } from '@/ui/feedback/Alert';
import { CheckboxField } from '@/ui/form/CheckboxField';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { useCountdown } from '@/ui/hooks/useCountdown';
import type { AskOutcome } from '../hooks/useAskQuestion';
import { questionLength, type AskErrors } from '../utils/askQuestionErrors';
import '../styles/liveqa.css';

interface Props {
  session: Pick<AudienceSessionFieldsFragment, 'anonymousQuestionsAllowed' | 'questionLengthLimit'>;
  submitting: boolean;
  onAsk: (text: string, anonymous: boolean) => Promise<AskOutcome>;
}

/** The question box's id: the page's "Ask a question" button moves focus there. */
export const ASK_FIELD_ID = 'ask-question';
const ID = ASK_FIELD_ID;

/** The question box, with a running character count, the privacy hint, and why a question was refused. */
export function AudienceAskForm({ session, submitting, onAsk }: Props) {
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [errors, setErrors] = useState<AskErrors>({});
  const [sent, setSent] = useState(false);
  const [retryAt, setRetryAt] = useState<number | null>(null);
  const waitSeconds = useCountdown(retryAt);
  const limit = session.questionLengthLimit;
  const length = questionLength(text);
  const over = length > limit;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSent(false);
    if (length === 0) return setErrors({ text: 'Type your question first.' });
    if (over) return setErrors({ text: `Your question is ${length - limit} characters too long.` });
    const outcome = await onAsk(text, session.anonymousQuestionsAllowed && anonymous);
    if ('question' in outcome) {
      setText('');
      setErrors({});
      setSent(true);
      return;
    }
    setErrors(outcome.errors);
    if (outcome.errors.retryAfterSeconds) setRetryAt(Date.now() + outcome.errors.retryAfterSeconds * 1000);
  };

  const countId = `${ID}-count`;
  const privacyId = `${ID}-privacy`;
  const rateLimited = waitSeconds > 0;
  return (
    <form className="audience-ask" onSubmit={(event) => void submit(event)} noValidate aria-busy={submitting}>
      <p id={privacyId} className="audience-ask__privacy">
        <strong>Your privacy:</strong> please don’t share personal health details (names, phone numbers, dates of birth,
        record numbers). Approved questions are shown to everyone.
      </p>
      <TextAreaField
        id={ID}
        label="Your question"
        rows={4}
        describedBy={`${privacyId} ${countId}`}
        value={text}
        onChange={setText}
        error={errors.text}
      />
      <p id={countId} className={over ? 'audience-ask__count audience-ask__count--over' : 'audience-ask__count'}>
        {length} / {limit} characters
      </p>
      {session.anonymousQuestionsAllowed && (
        <CheckboxField
          id={`${ID}-anonymous`}
          label="Ask anonymously"
          hint="Moderators will not see your name next to this question."
          value={anonymous}
          onChange={setAnonymous}
        />
      )}
      {errors.form && (
        <Alert tone="error">
          {errors.form}
          {errors.retryAfterSeconds &&
            ` You can ask again in ${errors.retryAfterSeconds} ${errors.retryAfterSeconds === 1 ? 'second' : 'seconds'}.`}
        </Alert>
      )}
      {sent && <Alert tone="success">Thanks! Your question was sent to the moderators.</Alert>}
      <button type="submit" className="button button--primary" disabled={submitting || rateLimited}>
        {submitting ? 'Sending…' : rateLimited ? `Ask again in ${waitSeconds} s` : 'Ask question'}
      </button>
    </form>
  );
}
