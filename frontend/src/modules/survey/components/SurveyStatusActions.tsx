import { useRef, useState } from 'react';
import { useMutation } from 'urql';
import {
  CloseSurveyDocument,
  OpenSurveyDocument,
  type SurveyDetailFragment,
  type SurveyStatus,
  type UserErrorFieldsFragment,
} from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { Alert } from '@/ui/feedback/Alert';
import { ConfirmDialog } from '@/ui/feedback/ConfirmDialog';
import { ConflictNotice } from '@/ui/feedback/ConflictNotice';
import { statusActionLabel, STATUS_LABELS } from '../utils/surveyLabels';

type Outcome =
  { kind: 'done'; survey: SurveyDetailFragment } | { kind: 'conflict' } | { kind: 'failed'; message: string };

interface Props {
  survey: Pick<SurveyDetailFragment, 'id' | 'version' | 'status' | 'allowedStatuses'>;
  /** The survey as the mutation returned it, newer than what the page queried. */
  onChanged: (survey: SurveyDetailFragment) => void;
  onReload: () => void;
  /** True while the page reads the survey again: the version shown may be outdated, so wait. */
  refreshing?: boolean;
}

function toOutcome(
  payload: { survey: SurveyDetailFragment | null; userErrors: UserErrorFieldsFragment[] } | undefined,
  errorMessage: string | undefined,
): Outcome {
  if (errorMessage || !payload) return { kind: 'failed', message: errorMessage ?? 'The change was not saved.' };
  if (payload.userErrors.some((e) => e.code === 'CONFLICT')) return { kind: 'conflict' };
  if (payload.userErrors.length > 0 || !payload.survey)
    return {
      kind: 'failed',
      message: payload.userErrors.map((e) => e.message).join(' ') || 'The change was not saved.',
    };
  return { kind: 'done', survey: payload.survey };
}

/** What each move does, said before it is made. */
const CONFIRM: Partial<Record<SurveyStatus, { title: string; body: string; label: string }>> = {
  OPEN: {
    title: 'Open this survey?',
    body: 'Anyone with the link can answer it, without signing in. Its questions can no longer change, so answers keep their meaning.',
    label: 'Open to respondents',
  },
  CLOSED: {
    title: 'Close this survey?',
    body: 'The link stops taking responses and says the survey is closed. The results stay, and you can reopen it later.',
    label: 'Stop taking responses',
  },
};

/**
 * One button per status the survey may move to (`allowedStatuses`): open a draft, close an open
 * survey, reopen a closed one. Opening a draft and closing ask first; the outcome takes focus.
 */
export function SurveyStatusActions({ survey, onChanged, onReload, refreshing = false }: Props) {
  const [openState, open] = useMutation(OpenSurveyDocument);
  const [closeState, close] = useMutation(CloseSurveyDocument);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [confirming, setConfirming] = useState<SurveyStatus | null>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const busy = openState.fetching || closeState.fetching || refreshing;

  const move = async (status: SurveyStatus) => {
    const input = { id: survey.id, expectedVersion: survey.version };
    let next: Outcome;
    if (status === 'OPEN') {
      const result = await open({ input });
      next = toOutcome(result.data?.openSurvey, result.error && describeGraphqlError(result.error));
    } else {
      const result = await close({ input });
      next = toOutcome(result.data?.closeSurvey, result.error && describeGraphqlError(result.error));
    }
    setConfirming(null);
    setOutcome(next);
    if (next.kind === 'done') onChanged(next.survey);
    outcomeRef.current?.focus();
  };

  // Only opening and closing have a mutation; a move the API may add later is not offered here.
  const moves = survey.allowedStatuses.filter((status) => status === 'OPEN' || status === 'CLOSED');
  const ask = (status: SurveyStatus) =>
    status === 'CLOSED' || survey.status === 'DRAFT' ? setConfirming(status) : void move(status);
  const dialog = confirming ? CONFIRM[confirming] : undefined;
  if (moves.length === 0 && !outcome) return null;
  return (
    <section className="panel" aria-labelledby="survey-status-actions">
      <h2 id="survey-status-actions">Status</h2>
      <div ref={outcomeRef} tabIndex={-1}>
        {outcome?.kind === 'done' && (
          <Alert tone="success">Survey is now {STATUS_LABELS[outcome.survey.status].toLowerCase()}.</Alert>
        )}
        {outcome?.kind === 'conflict' && (
          <ConflictNotice
            what="survey"
            onReload={() => {
              setOutcome(null);
              onReload();
            }}
          />
        )}
        {outcome?.kind === 'failed' && <Alert tone="error">{outcome.message}</Alert>}
      </div>
      {moves.length > 0 && (
        <div className="button-row">
          {moves.map((status) => (
            <button
              key={status}
              type="button"
              className={`button ${status === 'CLOSED' ? 'button--danger' : 'button--primary'}`}
              disabled={busy}
              onClick={() => ask(status)}
            >
              {statusActionLabel(survey.status, status)}
            </button>
          ))}
        </div>
      )}
      <ConfirmDialog
        open={Boolean(dialog)}
        title={dialog?.title ?? ''}
        confirmLabel={dialog?.label ?? ''}
        cancelLabel="Not now"
        tone={confirming === 'CLOSED' ? 'danger' : 'primary'}
        busy={busy}
        onConfirm={() => confirming && void move(confirming)}
        onCancel={() => setConfirming(null)}
      >
        <p>{dialog?.body}</p>
      </ConfirmDialog>
    </section>
  );
}
