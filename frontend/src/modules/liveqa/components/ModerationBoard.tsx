import { useMemo, useRef, useState, type ReactNode } from 'react';
import type { LiveQuestionFieldsFragment } from '@/generated/graphql';
import { Alert } from '@/ui/feedback/Alert';
import { UndoToast } from '@/ui/feedback/UndoToast';
import { useUndoToast } from '@/ui/feedback/useUndoToast';
import { useBulkSelection } from '@/ui/hooks/useBulkSelection';
import { useModerateQuestion } from '../hooks/useModerateQuestion';
import { useModerateQuestions, type BulkAction } from '../hooks/useModerateQuestions';
import { useModerationBoard } from '../hooks/useModerationBoard';
import { consoleColumns, DEFAULT_SORT, queueCounts, type Queue, type QueueSort } from '../utils/consoleColumns';
import { ConsoleToolbar, type ConsoleView } from './ConsoleToolbar';
import { PendingBulkBar } from './PendingBulkBar';
import { QuestionCard } from './QuestionCard';
import { QuestionColumn } from './QuestionColumn';
import '../styles/liveqa.css';

interface Props {
  questions: ReadonlyMap<string, LiveQuestionFieldsFragment>;
  pinnedId: string | null;
  /** A question as a mutation answered it, to show before its event arrives. */
  onQuestion: (question: LiveQuestionFieldsFragment) => void;
  /** Put at the start of the toolbar row (the console's folded session details). */
  toolbarStart?: ReactNode;
}

const QUEUES: readonly { queue: Exclude<Queue, 'rejected'>; title: string; empty: string }[] = [
  { queue: 'pending', title: 'Pending', empty: 'No questions waiting.' },
  { queue: 'approved', title: 'Approved', empty: 'No approved questions yet.' },
  { queue: 'answered', title: 'Answered', empty: 'No answered questions yet.' },
];

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/**
 * The queues side by side (or the rejected questions), searchable and sortable, moderated by
 * button, keyboard or in bulk. A rejection can be undone for a few seconds.
 */
export function ModerationBoard({ questions, pinnedId, onQuestion, toolbarStart }: Props) {
  const [view, setView] = useState<ConsoleView>('queues');
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<Record<Queue, QueueSort>>(DEFAULT_SORT);
  const [bulkMessage, setBulkMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const columns = useMemo(
    () => consoleColumns(questions.values(), pinnedId, { sort, search }),
    [questions, pinnedId, sort, search],
  );
  const counts = useMemo(() => queueCounts(questions.values()), [questions]);
  const lists = useMemo(
    () => (view === 'queues' ? [columns.pending, columns.approved, columns.answered] : [columns.rejected]),
    [view, columns],
  );

  const moderation = useModerateQuestion(onQuestion);
  const bulk = useModerateQuestions(onQuestion);
  const toast = useUndoToast();
  const pendingIds = useMemo(() => columns.pending.map((question) => question.id), [columns.pending]);
  const selection = useBulkSelection(pendingIds);

  const restore = async (ids: readonly string[]) => {
    for (const id of ids) await moderation.run(id, 'RESTORE');
  };
  const offerUndo = (ids: readonly string[]) =>
    toast.show({
      message: ids.length === 1 ? 'Question rejected.' : `${ids.length} questions rejected.`,
      onUndo: () => restore(ids),
    });

  const board = useModerationBoard(lists, moderation.run, {
    onRejected: (question) => offerUndo([question.id]),
    onToggleSelect: (question) => {
      if (question.status !== 'PENDING') return false;
      selection.toggle(question.id);
      return true;
    },
    onUndo: () => {
      if (!toast.toast) return false;
      void toast.undo();
      return true;
    },
    onSearch: () => searchRef.current?.focus(),
  });

  const runBulk = async (action: BulkAction) => {
    const ids = selection.selected;
    const outcome = await bulk.run(ids, action);
    selection.clear();
    const done = outcome.moderated.length;
    const verb = action === 'APPROVE' ? 'approved' : 'rejected';
    setBulkMessage(
      outcome.failures.length === 0
        ? { tone: 'success', text: `${plural(done, 'question', 'questions')} ${verb}.` }
        : {
            tone: 'error',
            text: `${done} of ${ids.length} ${verb}. ${[...new Set(outcome.failures)].join(' ')}`,
          },
    );
    if (action === 'REJECT' && done > 0) offerUndo(outcome.moderated.map((question) => question.id));
  };

  const card = (question: LiveQuestionFieldsFragment) => (
    <QuestionCard
      key={question.id}
      question={question}
      pinned={question.id === pinnedId}
      selected={question.id === board.selectedId}
      tabbable={question.id === board.tabbableId}
      busy={moderation.busy.has(question.id)}
      error={moderation.errors[question.id]}
      form={board.form?.id === question.id ? board.form.kind : null}
      cardRef={board.cardRef(question.id)}
      bulk={
        question.status === 'PENDING' && view === 'queues'
          ? { checked: selection.isSelected(question.id), onChange: (on) => selection.toggle(question.id, on) }
          : undefined
      }
      onSelect={() => board.select(question.id, false)}
      onAction={(action, extras) => void board.act(question, action, extras)}
      onOpenForm={(kind) => board.openForm(question.id, kind)}
      onCloseForm={() => board.closeForm(question.id)}
    />
  );
  const column = (queue: Queue, title: string, empty: string, toolbar?: ReactNode) => (
    <QuestionColumn
      key={queue}
      id={`questions-${queue}`}
      title={title}
      count={columns[queue].length}
      total={counts[queue]}
      empty={empty}
      sort={sort[queue]}
      onSort={(next) => setSort((current) => ({ ...current, [queue]: next }))}
      toolbar={toolbar}
    >
      {columns[queue].map(card)}
    </QuestionColumn>
  );

  return (
    <div className="moderation-board">
      <ConsoleToolbar
        search={search}
        onSearch={setSearch}
        searchRef={searchRef}
        view={view}
        onView={setView}
        rejectedCount={counts.rejected}
        start={toolbarStart}
      />
      <p className="live-status moderation-board__hint" role="status">
        {board.hint}
      </p>
      {bulkMessage && <Alert tone={bulkMessage.tone}>{bulkMessage.text}</Alert>}
      {view === 'queues' ? (
        <div className="moderation-board__columns">
          {QUEUES.map(({ queue, title, empty }) =>
            column(
              queue,
              title,
              empty,
              queue === 'pending' && (
                <PendingBulkBar
                  selectedCount={selection.selected.length}
                  shownCount={pendingIds.length}
                  busy={bulk.busy}
                  onSelectAll={(on) => selection.setAll(pendingIds, on)}
                  onApprove={() => void runBulk('APPROVE')}
                  onReject={() => void runBulk('REJECT')}
                />
              ),
            ),
          )}
        </div>
      ) : (
        <div className="moderation-board__rejected">{column('rejected', 'Rejected', 'No rejected questions.')}</div>
      )}
      <UndoToast controller={toast} />
    </div>
  );
}
