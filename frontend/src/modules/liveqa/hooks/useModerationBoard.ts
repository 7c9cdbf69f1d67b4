import { useCallback, useState } from 'react';
import type { LiveQuestionFieldsFragment, ModerationAction } from '@/generated/graphql';
import { findQuestion, neighbourOf, selectionOrder, type VisibleLists } from '../utils/consoleColumns';
import { moderationActionFor, type ShortcutCommand } from '../utils/moderationShortcuts';
import { MODERATION_ACTION_LABELS } from '../utils/questionLabels';
import { useCardFocus } from './useCardFocus';
import { useDocumentShortcuts } from './useDocumentShortcuts';
import type { ModerationExtras } from './useModerateQuestion';

export type QuestionForm = 'edit' | 'answer';
type Run = (questionId: string, action: ModerationAction, extras?: ModerationExtras) => Promise<boolean>;

/** Actions after which the question leaves its list: the selection moves to its neighbour. */
const MOVES_QUESTION: readonly ModerationAction[] = ['APPROVE', 'REJECT', 'MARK_ANSWERED', 'RESTORE'];

/** What the board does for the commands that are not a moderation action. */
export interface BoardHandlers {
  /** A question was rejected: offer to undo it. */
  onRejected: (question: LiveQuestionFieldsFragment) => void;
  /** x: add the question to the bulk selection, or take it out; false when it cannot be selected. */
  onToggleSelect: (question: LiveQuestionFieldsFragment) => boolean;
  /** u: take the last rejection back; false when there is nothing to undo. */
  onUndo: () => boolean;
  /** /: go to the search box. */
  onSearch: () => void;
}

/**
 * The moderation board's selection, inline forms and keyboard shortcuts over the lists on screen.
 * Shortcuts act on the selected card; a hint says why one did nothing.
 */
export function useModerationBoard(lists: VisibleLists, run: Run, handlers: BoardHandlers) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [form, setForm] = useState<{ id: string; kind: QuestionForm } | null>(null);
  const [hint, setHint] = useState('');
  const { cardRef, focusAfterRender } = useCardFocus();
  const order = selectionOrder(lists);
  const selected = selectedId && order.includes(selectedId) ? selectedId : null;
  const { onRejected } = handlers;

  const select = useCallback(
    (id: string | null, focus: boolean) => {
      setSelectedId(id);
      if (focus) focusAfterRender(id);
    },
    [focusAfterRender],
  );

  const act = useCallback(
    async (question: LiveQuestionFieldsFragment, action: ModerationAction, extras?: ModerationExtras) => {
      const next = MOVES_QUESTION.includes(action) ? neighbourOf(lists, question.id) : question.id;
      if (!(await run(question.id, action, extras))) return;
      setForm((current) => (current?.id === question.id ? null : current));
      select(next ?? question.id, true);
      if (action === 'REJECT') onRejected(question);
    },
    [lists, run, select, onRejected],
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
    if (command === 'search') return handlers.onSearch();
    if (command === 'undo') {
      if (!handlers.onUndo()) setHint('Nothing to undo.');
      return;
    }
    const question = selected ? findQuestion(lists, selected) : undefined;
    if (!question) return setHint('Select a question first: press j or k.');
    if (command === 'toggleSelect') {
      if (!handlers.onToggleSelect(question)) setHint('Only pending questions can be selected for a bulk action.');
      return;
    }
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
