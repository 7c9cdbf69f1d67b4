import type { LiveQuestionFieldsFragment } from '@/generated/graphql';
import { useModerateQuestion } from '../hooks/useModerateQuestion';
import { useModerationBoard } from '../hooks/useModerationBoard';
import type { ConsoleColumns } from '../utils/consoleColumns';
import { QuestionCard } from './QuestionCard';
import { QuestionColumn } from './QuestionColumn';
import '../styles/liveqa.css';

interface Props {
  columns: ConsoleColumns;
  pinnedId: string | null;
  /** A question as moderateQuestion answered it, to show before its event arrives. */
  onQuestion: (question: LiveQuestionFieldsFragment) => void;
}

/** Pending, approved and answered questions side by side, moderated by button or keyboard. */
export function ModerationBoard({ columns, pinnedId, onQuestion }: Props) {
  const moderation = useModerateQuestion(onQuestion);
  const board = useModerationBoard(columns, moderation.run);

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
      onSelect={() => board.select(question.id, false)}
      onAction={(action, extras) => void board.act(question, action, extras)}
      onOpenForm={(kind) => board.openForm(question.id, kind)}
      onCloseForm={() => board.closeForm(question.id)}
    />
  );

  return (
    <div className="moderation-board">
      <p className="live-status" role="status">
        {board.hint}
      </p>
      <div className="moderation-board__columns">
        <QuestionColumn
          id="questions-pending"
          title="Pending"
          count={columns.pending.length}
          empty="No questions waiting."
        >
          {columns.pending.map(card)}
        </QuestionColumn>
        <QuestionColumn
          id="questions-approved"
          title="Approved"
          count={columns.approved.length}
          empty="No approved questions yet."
        >
          {columns.approved.map(card)}
        </QuestionColumn>
        <QuestionColumn
          id="questions-answered"
          title="Answered"
          count={columns.answered.length}
          empty="No answered questions yet."
        >
          {columns.answered.map(card)}
        </QuestionColumn>
      </div>
      {columns.rejectedCount > 0 && (
        <p className="muted">
          {columns.rejectedCount} rejected {columns.rejectedCount === 1 ? 'question is' : 'questions are'} hidden.
        </p>
      )}
    </div>
  );
}
