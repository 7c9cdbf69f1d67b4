import { useEffect, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import type { Client } from '@urql/core';
import {
  PublicSurveyDocument,
  RespondToSurveyDocument,
  StartSurveyResponseDocument,
  type PublicSurveyFieldsFragment,
} from '@/generated/graphql';
import { PublicSurveyForm, type SendOutcome } from '@/modules/survey/components/public/PublicSurveyForm';
import { SurveyReceiptView } from '@/modules/survey/components/public/SurveyReceiptView';
import { createPublicSurveyClient, UNREACHABLE, waitText } from '@/modules/survey/utils/publicSurveyClient';
import {
  readAnswered,
  readRespondentToken,
  saveAnswered,
  saveRespondentToken,
  type StoredAnswer,
} from '@/modules/survey/utils/respondentStorage';
import { buildRespondInput, routeResponseErrors, type ResponseValues } from '@/modules/survey/utils/responseForm';
import { normalizeSurveyCode, surveyCodeFromHash } from '@/modules/survey/utils/surveyCode';
import { Alert } from '@/ui/feedback/Alert';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { useDocumentTitle } from '@/ui/hooks/useDocumentTitle';
import '@/modules/survey/styles/survey-public.css';

type Step =
  | { kind: 'loading' }
  | { kind: 'unreachable' }
  | { kind: 'notFound' }
  | { kind: 'closed'; survey: PublicSurveyFieldsFragment }
  | { kind: 'rateLimited'; survey: PublicSurveyFieldsFragment; seconds: number }
  | { kind: 'form'; survey: PublicSurveyFieldsFragment; token: string | null }
  | { kind: 'answered'; survey: PublicSurveyFieldsFragment | null; answer: StoredAnswer; already: boolean };

type Started =
  | { token: string }
  | { retryAfter: number }
  | { already: true }
  | { notFound: true }
  | { closed: true }
  | { failed: true };

/**
 * One start per code at a time, shared by whoever asks (React's strict mode runs an effect twice):
 * a second call would start a second response. The token is kept as soon as it arrives.
 */
const starting = new Map<string, Promise<Started>>();

function startResponse(client: Client, code: string): Promise<Started> {
  const running = starting.get(code);
  if (running) return running;
  const started = client
    .mutation(StartSurveyResponseDocument, { input: { code } })
    .toPromise()
    .then(({ data, error }): Started => {
      const payload = data?.startSurveyResponse;
      if (error || !payload) return { failed: true };
      const codes = payload.userErrors.map((e) => e.code);
      if (codes.includes('RATE_LIMITED')) return { retryAfter: payload.retryAfterSeconds ?? 60 };
      if (codes.includes('ALREADY_RESPONDED')) return { already: true };
      if (codes.includes('NOT_FOUND')) return { notFound: true };
      if (!payload.respondentToken) return payload.userErrors.length > 0 ? { closed: true } : { failed: true };
      saveRespondentToken(code, payload.respondentToken);
      return { token: payload.respondentToken };
    })
    .finally(() => starting.delete(code));
  starting.set(code, started);
  return started;
}

/**
 * The public survey page at /s#<code> (`app/publicPages`): no sign-in. It follows the code in
 * the address's fragment (a second survey opened in the same tab changes only the fragment).
 */
export function PublicSurveyRoute({ client }: { client?: Client }) {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const onHashChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);
  const code = surveyCodeFromHash(hash);
  const preview = new URLSearchParams(window.location.search).has('preview');
  return <PublicSurveyPage key={code ?? ''} code={code} preview={preview} client={client} />;
}

export function PublicSurveyPage({
  code,
  preview = false,
  client: given,
}: {
  code: string | null;
  preview?: boolean;
  client?: Client;
}) {
  const client = useMemo(() => given ?? createPublicSurveyClient(), [given]);
  const [step, setStep] = useState<Step>({ kind: 'loading' });
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (!code) return;
    let current = true;
    const show = (next: Step) => current && setStep(next);
    void (async () => {
      const { data, error } = await client.query(PublicSurveyDocument, { code }).toPromise();
      if (error || !data) return show({ kind: 'unreachable' });
      const survey = data.publicSurvey;
      if (!survey) return show({ kind: 'notFound' });
      const answered = preview ? null : readAnswered(code);
      if (answered) return show({ kind: 'answered', survey, answer: answered, already: !answered.receipt });
      if (survey.status !== 'OPEN')
        return show(survey.status === 'CLOSED' ? { kind: 'closed', survey } : { kind: 'notFound' });
      if (preview) return show({ kind: 'form', survey, token: null });
      const stored = readRespondentToken(code);
      if (stored) return show({ kind: 'form', survey, token: stored });
      const started = await startResponse(client, code);
      if ('token' in started) return show({ kind: 'form', survey, token: started.token });
      if ('retryAfter' in started) return show({ kind: 'rateLimited', survey, seconds: started.retryAfter });
      if ('already' in started) {
        saveAnswered(code, { receipt: null });
        return show({ kind: 'answered', survey, answer: { receipt: null }, already: true });
      }
      if ('notFound' in started) return show({ kind: 'notFound' });
      // Refused for its state: closed between the two calls.
      return show(
        'closed' in started ? { kind: 'closed', survey: { ...survey, status: 'CLOSED' } } : { kind: 'unreachable' },
      );
    })();
    return () => {
      current = false;
    };
  }, [client, code, preview, round]);

  const send = async (
    survey: PublicSurveyFieldsFragment,
    token: string,
    values: ResponseValues,
  ): Promise<SendOutcome> => {
    const input = buildRespondInput(survey, values, token);
    const { data, error } = await client.mutation(RespondToSurveyDocument, { input }).toPromise();
    const payload = data?.respondToSurvey;
    if (error || !payload) return { kind: 'errors', errors: {}, form: [UNREACHABLE] };
    const codes = payload.userErrors.map((e) => e.code);
    if (payload.receipt && payload.userErrors.length === 0) {
      const answer = { receipt: payload.receipt };
      saveAnswered(survey.code, answer);
      setStep({ kind: 'answered', survey, answer, already: false });
      return { kind: 'sent' };
    }
    if (codes.includes('ALREADY_RESPONDED')) {
      saveAnswered(survey.code, { receipt: null });
      setStep({ kind: 'answered', survey, answer: { receipt: null }, already: true });
      return { kind: 'sent' };
    }
    if (codes.includes('RATE_LIMITED')) return { kind: 'retryAfter', seconds: payload.retryAfterSeconds ?? 60 };
    if (codes.includes('INVALID_STATE')) {
      setStep({ kind: 'closed', survey: { ...survey, status: 'CLOSED' } });
      return { kind: 'sent' };
    }
    if (payload.userErrors.some((e) => e.field?.includes('respondentToken'))) {
      // The token is no longer good (expired, or from another deployment): start again, keep the answers typed.
      saveRespondentToken(survey.code, null);
      const started = await startResponse(client, survey.code);
      if ('token' in started) {
        setStep({ kind: 'form', survey, token: started.token });
        return send(survey, started.token, values);
      }
      return { kind: 'errors', errors: {}, form: ['Your answers could not be sent. Reload the page and try again.'] };
    }
    return { kind: 'errors', ...routeResponseErrors(payload.userErrors, input.answers) };
  };

  return (
    <main className="public-survey" id="main">
      <p className="brand">CarePulse survey</p>
      {!code ? (
        <NoCode />
      ) : step.kind === 'loading' ? (
        <LoadingState label="Opening the survey…" />
      ) : step.kind === 'unreachable' ? (
        <Titled title="We could not open the survey">
          <ErrorState
            message={UNREACHABLE}
            onRetry={() => {
              setStep({ kind: 'loading' });
              setRound((n) => n + 1);
            }}
          />
        </Titled>
      ) : step.kind === 'notFound' ? (
        <Titled title="We couldn’t find this survey">
          <p>
            No open survey has the code <code>{code}</code>. Check the link you were given: it may be mistyped, or the
            survey is not open yet.
          </p>
          <CodeForm />
        </Titled>
      ) : step.kind === 'answered' ? (
        <Titled title={step.survey?.title ?? 'Survey'}>
          <SurveyReceiptView survey={step.survey} receipt={step.answer.receipt} already={step.already} />
        </Titled>
      ) : (
        <Titled title={step.survey.title}>
          {step.survey.description && <p className="public-survey__description">{step.survey.description}</p>}
          {step.kind === 'closed' && (
            <Alert tone="info" title="This survey is closed">
              <p>It no longer takes answers. Thank you for your interest.</p>
            </Alert>
          )}
          {step.kind === 'rateLimited' && (
            <Alert tone="warning" title="Please try again in a little while">
              <p>Many people on your network opened this survey just now. Try again in {waitText(step.seconds)}.</p>
              <button type="button" className="button" onClick={() => setRound((n) => n + 1)}>
                Try again
              </button>
            </Alert>
          )}
          {step.kind === 'form' && (
            <>
              {preview && (
                <Alert tone="info" title="Preview">
                  <p>This is how respondents see the survey. Nothing you enter here is sent or counted.</p>
                </Alert>
              )}
              <PublicSurveyForm
                survey={step.survey}
                preview={preview || !step.token}
                onSend={(values) => send(step.survey, step.token ?? '', values)}
              />
            </>
          )}
        </Titled>
      )}
    </main>
  );
}

function Titled({ title, children }: { title: string; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <>
      <h1>{title}</h1>
      {children}
    </>
  );
}

function NoCode() {
  return (
    <Titled title="Open a survey">
      <p>This page shows the survey of the link you were given. Open that link, or type the survey’s code.</p>
      <CodeForm />
    </Titled>
  );
}

/** Types a code into the address's fragment, which the page follows. */
function CodeForm() {
  const [value, setValue] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const code = normalizeSurveyCode(value);
    if (code) window.location.hash = code;
  };
  return (
    <form className="form public-code-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor="survey-code" className="field__label">
          Survey code
        </label>
        <input
          id="survey-code"
          className="input input--short"
          autoComplete="off"
          autoCapitalize="characters"
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
      </div>
      <button type="submit" className="button">
        Open survey
      </button>
    </form>
  );
}
