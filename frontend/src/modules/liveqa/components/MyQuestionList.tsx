import type { MyQuestionFieldsFragment, QuestionStatus } from '@/generated/graphql';
import { Badge } from '@/ui/data-display/Badge';
import { MY_QUESTION_STATUS_LABELS, MY_QUESTION_STATUS_TONES } from '../utils/questionLabels';
import '../styles/liveqa.css';

interface Props {
  questions: readonly MyQuestionFieldsFragment[];
  statusOf: (question: MyQuestionFieldsFragment) => QuestionStatus;
}

/** The participant's own questions, with where each stands in moderation. */
export function MyQuestionList({ questions, statusOf }: Props) {
  return (
    <section className="audience-section" aria-labelledby="my-questions">
      <h2 id="my-questions">Your questions</h2>
      {questions.length === 0 ? (
        <p className="muted">You have not asked anything yet.</p>
      ) : (
        <ul className="my-questions">
          {questions.map((question) => {
            const status = statusOf(question);
            return (
              <li key={question.id} className="my-question">
                <p className="my-question__text">{question.text}</p>
                <Badge tone={MY_QUESTION_STATUS_TONES[status]}>{MY_QUESTION_STATUS_LABELS[status]}</Badge>
                {question.anonymous && <span className="muted"> Asked anonymously</span>}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
