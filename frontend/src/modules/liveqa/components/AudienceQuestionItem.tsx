import { useId } from 'react';
import type { AudienceQuestionFieldsFragment } from '@/generated/graphql';
import { formatNumber } from '@/ui/utils/format';
import '../styles/liveqa.css';

interface Props {
  question: AudienceQuestionFieldsFragment;
  pinned: boolean;
  upvoted: boolean;
  /** False once the session ended: the list stays readable, votes are closed. */
  canVote: boolean;
  busy: boolean;
  onToggleUpvote: () => void;
}

export function AudienceQuestionItem({ question, pinned, upvoted, canVote, busy, onToggleUpvote }: Props) {
  const id = useId();
  const count = question.upvoteCount;
  return (
    <li className={pinned ? 'audience-question audience-question--pinned' : 'audience-question'}>
      {pinned && <p className="audience-question__pin">Now answering</p>}
      <p id={`${id}-text`} className="audience-question__text">
        {question.text}
      </p>
      {question.status === 'ANSWERED' && (
        <p className="audience-question__answer">
          <span className="audience-question__label">Answer: </span>
          {question.answerText || 'Answered on the stream.'}
        </p>
      )}
      <div className="audience-question__votes">
        {canVote && (
          <button
            type="button"
            className="button button--small upvote"
            aria-pressed={upvoted}
            aria-describedby={`${id}-text`}
            disabled={busy}
            onClick={onToggleUpvote}
          >
            <span aria-hidden="true">▲</span> Upvote
          </button>
        )}
        <span className="audience-question__count">
          {formatNumber(count)} {count === 1 ? 'upvote' : 'upvotes'}
        </span>
      </div>
    </li>
  );
}
