import type { LiveQuestionFieldsFragment } from '@/generated/graphql';
import { formatNumber } from '@/ui/utils/format';
import '../styles/liveqa.css';

/**
 * The pinned question in very large type, for a screen the audience sees, with its answer once
 * answered. Who asked, flags and PHI markers are left out on purpose: the room sees what the
 * audience page shows.
 */
export function ProjectorQuestion({ question }: { question: LiveQuestionFieldsFragment | null }) {
  if (!question) return <p className="projector__empty">No question pinned</p>;
  const answered = question.status === 'ANSWERED';
  return (
    <figure className="projector__question">
      {answered && <p className="projector__answered">Answered</p>}
      <blockquote className="projector__text">
        <p>{question.text}</p>
      </blockquote>
      {answered && (
        <p className="projector__answer">
          <span className="visually-hidden">Answer: </span>
          {question.answer?.text || 'Answered on the stream.'}
        </p>
      )}
      <figcaption className="projector__upvotes">
        <span aria-hidden="true">▲ </span>
        {formatNumber(question.upvoteCount)} {question.upvoteCount === 1 ? 'upvote' : 'upvotes'}
      </figcaption>
    </figure>
  );
}
