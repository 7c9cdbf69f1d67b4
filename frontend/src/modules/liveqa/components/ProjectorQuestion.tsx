import type { LiveQuestionFieldsFragment } from '@/generated/graphql';
import { formatNumber } from '@/ui/utils/format';
import '../styles/liveqa.css';

/**
 * The pinned question in very large type, for a screen the audience sees. Who asked is left
 * out on purpose: the audience never sees names.
 */
export function ProjectorQuestion({ question }: { question: LiveQuestionFieldsFragment | null }) {
  if (!question) return <p className="projector__empty">No question pinned</p>;
  return (
    <figure className="projector__question">
      <blockquote className="projector__text">
        <p>{question.text}</p>
      </blockquote>
      <figcaption className="projector__upvotes">
        <span aria-hidden="true">▲ </span>
        {formatNumber(question.upvoteCount)} {question.upvoteCount === 1 ? 'upvote' : 'upvotes'}
      </figcaption>
    </figure>
  );
}
