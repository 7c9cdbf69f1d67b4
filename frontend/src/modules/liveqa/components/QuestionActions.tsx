import type { LiveQuestionFieldsFragment, ModerationAction } from '@/generated/graphql';
import { MODERATION_ACTION_LABELS } from '../utils/questionLabels';
import type { QuestionForm } from '../hooks/useModerationBoard';
import '../styles/liveqa.css';

/** Buttons in a fixed order, whatever order the server lists the allowed actions in. */
const ORDER: readonly ModerationAction[] = ['APPROVE', 'EDIT', 'PIN', 'UNPIN', 'MARK_ANSWERED', 'RESTORE', 'REJECT'];

const SHORTCUTS: Partial<Record<ModerationAction, string>> = {
  APPROVE: 'a',
  REJECT: 'r',
  EDIT: 'e',
  PIN: 'p',
  UNPIN: 'p',
  MARK_ANSWERED: 'm',
};

interface Props {
  question: Pick<LiveQuestionFieldsFragment, 'status' | 'allowedActions'>;
  busy: boolean;
  onAction: (action: ModerationAction) => void;
  onOpenForm: (kind: QuestionForm) => void;
}

/** One button per action the server allows; edit and mark-answered open an inline form first. */
export function QuestionActions({ question, busy, onAction, onOpenForm }: Props) {
  const actions = ORDER.filter(
    (action) => question.allowedActions.includes(action) && (action !== 'EDIT' || question.status === 'PENDING'),
  );
  if (actions.length === 0) return null;
  return (
    <div className="button-row question-card__actions">
      {actions.map((action) => (
        <button
          key={action}
          type="button"
          className={action === 'REJECT' ? 'button button--small button--danger' : 'button button--small'}
          disabled={busy}
          aria-keyshortcuts={SHORTCUTS[action]}
          onClick={() => {
            if (action === 'EDIT') onOpenForm('edit');
            else if (action === 'MARK_ANSWERED') onOpenForm('answer');
            else onAction(action);
          }}
        >
          {MODERATION_ACTION_LABELS[action]}
        </button>
      ))}
    </div>
  );
}
