import { useCallback, useState } from 'react';
import type { LiveQuestionFieldsFragment, ModerationAction } from '@/generated/graphql';
import { findQuestion, neighbourOf, selectionOrder, type ConsoleColumns } from '../utils/consoleColumns';
import { moderationActionFor, type ShortcutCommand } from '../utils/moderationShortcuts';
import { MODERATION_ACTION_LABELS } from '../utils/questionLabels';
import { useCardFocus } from './useCardFocus';
import { useDocumentShortcuts } from './useDocumentShortcuts';
import type { ModerationExtras } from './useModerateQuestion';

export type QuestionForm = 'edit' | 'answer';
type Run = (questionId: string, action: ModerationAction, extras?: ModerationExtras) => Promise<boolean>;

/** Actions after which the question leaves its column: the selection moves to its neighbour. */
const MOVES_QUESTION: readonly ModerationAction[] = ['APPROVE', 'REJECT', 'MARK_ANSWERED', 'RESTORE'];

/**
 * The moderation board's selection, inline forms and keyboard shortcuts. Shortcuts act on the
 * selected card; a hint says why one did nothing.
 */
export function useModerationBoard(columns: ConsoleColumns, run: Run) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [form, setForm] = useState<{ id: string; kind: QuestionForm } | null>(null);
  const [hint, setHint] = useState('');
  const { cardRef, focusAfterRender } = useCardFocus();
  const order = selectionOrder(columns);
  const selected = selectedId && order.includes(selectedId) ? selectedId : null;

  const select = useCallback(
    (id: string | null, focus: boolean) => {
      setSelectedId(id);
      if (focus) focusAfterRender(id);
    },
    [focusAfterRender],
  );

  const act = useCallback(
    async (question: LiveQuestionFieldsFragment, action: ModerationAction, extras?: ModerationExtras) => {
      const next = MOVES_QUESTION.includes(action) ? neighbourOf(columns, question.id) : question.id;
      if (!(await run(question.id, action, extras))) return;
      setForm((current) => (current?.id === question.id ? null : current));
      select(next ?? question.id, true);
    },
    [columns, run, select],
  );

  const openForm = useCallback((id: string, kind: QuestionForm) => {
    setSelectedId(id);
    setForm({ id, kind });
  }, []);
  const closeForm = useCallback(
    (id: string) => {
      setForm(null);
      select(id, true);
    },
    [select],
  );

  useDocumentShortcuts((command: ShortcutCommand) => {
    setHint('');
    if (command === 'next' || command === 'previous') {
      const index = selected ? order.indexOf(selected) : -1;
      const target = command === 'next' ? order[Math.min(order.length - 1, index + 1)] : order[Math.max(0, index - 1)];
      if (target) select(target, true);
      return;
    }
    const question = selected ? findQuestion(columns, selected) : undefined;
    if (!question) return setHint('Select a question first: press j or k.');
    const action = moderationActionFor(command, question);
    if (!action || !question.allowedActions.includes(action)) {
      return setHint(
        action
          ? `${MODERATION_ACTION_LABELS[action]} is not available for this question.`
          : 'Only pending questions can be edited.',
      );
    }
    if (action === 'EDIT') return openForm(question.id, 'edit');
    if (action === 'MARK_ANSWERED') return openForm(question.id, 'answer');
    void act(question, action);
  });

  return {
    /** The card that takes Tab focus: the selected one, or the first. */
    tabbableId: selected ?? order[0] ?? null,
    selectedId: selected,
    select,
    form,
    openForm,
    closeForm,
    act,
    hint,
    cardRef,
  };
}
