import { useId } from 'react';
import type { LiveQuestionFieldsFragment, ModerationAction } from '@/generated/graphql';
import { Alert } from '@/ui/feedback/Alert';
import { formatNumber } from '@/ui/utils/format';
import type { QuestionForm } from '../hooks/useModerationBoard';
import { QuestionActions } from './QuestionActions';
import { QuestionFlags } from './QuestionFlags';
import { QuestionInlineForm } from './QuestionInlineForm';
import { QuestionText } from './QuestionText';
import { SendToInbox } from './SendToInbox';
import '../styles/liveqa.css';

interface Props {
  question: LiveQuestionFieldsFragment;
  pinned: boolean;
  selected: boolean;
  tabbable: boolean;
  busy: boolean;
  error?: string;
  form: QuestionForm | null;
  cardRef: (element: HTMLElement | null) => void;
  /** A tick box for the bulk actions (pending questions only). */
  bulk?: { checked: boolean; onChange: (checked: boolean) => void };
  onSelect: () => void;
  onAction: (action: ModerationAction, extras?: { text?: string; answer?: string }) => void;
  onOpenForm: (kind: QuestionForm) => void;
  onCloseForm: () => void;
}

const upvotes = (count: number) => `${formatNumber(count)} ${count === 1 ? 'upvote' : 'upvotes'}`;

/** One question on the moderation board: who asked, the text with suspected PHI marked, and what can be done. */
export function QuestionCard(props: Props) {
  const { question, pinned, selected, tabbable, busy, error, form } = props;
  const id = useId();
  // Moderators read every field; to anyone else the server answers null (the console is theirs alone).
  const flags = question.flags ?? [];
  const text = question.text ?? '';
  const classes = ['question-card', selected && 'question-card--selected', pinned && 'question-card--pinned'];
  if (flags.length > 0) classes.push('question-card--flagged');
  return (
    <article
      ref={props.cardRef}
      className={classes.filter(Boolean).join(' ')}
      tabIndex={tabbable ? 0 : -1}
      aria-labelledby={`${id}-text`}
      aria-describedby={`${id}-meta`}
      aria-current={selected ? 'true' : undefined}
      aria-busy={busy}
      onFocus={props.onSelect}
    >
      <p id={`${id}-meta`} className="question-card__meta">
        {props.bulk && (
          <input
            type="checkbox"
            className="question-card__tick"
            checked={props.bulk.checked}
            aria-label={`Select “${text.length > 60 ? `${text.slice(0, 60)}…` : text}”`}
            onChange={(event) => props.bulk?.onChange(event.target.checked)}
          />
        )}
        <span className="question-card__author">{question.askedBy ?? 'Anonymous'}</span>
        <span className="question-card__upvotes">{upvotes(question.upvoteCount)}</span>
        {pinned && <span className="badge badge--info">Pinned</span>}
      </p>
      <QuestionFlags flags={flags} />
      <QuestionText
        id={`${id}-text`}
        className="question-card__text"
        text={text}
        findings={question.phiFindings ?? []}
      />
      {question.status === 'PENDING' && flags.length > 0 && (
        <p className="question-card__hint">
          {flags.includes('PHI_SUSPECTED')
            ? 'Held back: edit out the highlighted details to approve it.'
            : 'Held back: edit the wording to approve it.'}
        </p>
      )}
      {question.originalText != null && question.originalText !== text && (
        <p className="question-card__original">
          <span className="question-card__label">Edited. Originally: </span>
          {question.originalText}
        </p>
      )}
      {question.answer && (
        <p className="question-card__answer">
          <span className="question-card__label">Answer: </span>
          {question.answer.text || 'Answered on stream.'}
        </p>
      )}
      {error && <Alert tone="error">{error}</Alert>}
      {form === 'edit' && (
        <QuestionInlineForm
          id={`${id}-edit`}
          label="Edit question"
          hint="Remove anything that could identify the person. The original stays in the audit trail."
          initialValue={text}
          submitLabel="Save question"
          required
          busy={busy}
          onSubmit={(text) => props.onAction('EDIT', { text })}
          onCancel={props.onCloseForm}
        />
      )}
      {form === 'answer' && (
        <QuestionInlineForm
          id={`${id}-answer`}
          label="Answer (optional)"
          hint="Leave empty when the host answered on stream."
          initialValue=""
          submitLabel="Mark answered"
          busy={busy}
          onSubmit={(answer) => props.onAction('MARK_ANSWERED', { answer })}
          onCancel={props.onCloseForm}
        />
      )}
      {!form && (
        <QuestionActions
          question={question}
          busy={busy}
          onAction={(action) => props.onAction(action)}
          onOpenForm={props.onOpenForm}
        />
      )}
      {!form && <SendToInbox questionId={question.id} />}
    </article>
  );
}
