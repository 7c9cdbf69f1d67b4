import type { AudienceQuestionFieldsFragment } from '@/generated/graphql';
import { AudienceQuestionItem } from './AudienceQuestionItem';
import '../styles/liveqa.css';

interface Props {
  id: string;
  title: string;
  empty: string;
  questions: readonly AudienceQuestionFieldsFragment[];
  pinnedId: string | null;
  myUpvotes: ReadonlySet<string>;
  canVote: boolean;
  busy: ReadonlySet<string>;
  onToggleUpvote: (questionId: string, upvoted: boolean) => void;
}

/** A titled list of audience questions, already in the order to show. */
export function AudienceQuestionList(props: Props) {
  const { id, title, empty, questions, myUpvotes } = props;
  return (
    <section className="audience-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {questions.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <ol className="audience-questions">
          {questions.map((question) => (
            <AudienceQuestionItem
              key={question.id}
              question={question}
              pinned={question.id === props.pinnedId}
              upvoted={myUpvotes.has(question.id)}
              canVote={props.canVote}
              busy={props.busy.has(question.id)}
              onToggleUpvote={() => props.onToggleUpvote(question.id, myUpvotes.has(question.id))}
            />
          ))}
        </ol>
      )}
    </section>
  );
}
