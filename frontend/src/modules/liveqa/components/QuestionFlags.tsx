import type { QuestionFlag } from '@/generated/graphql';
import { QUESTION_FLAG_LABELS } from '../utils/questionLabels';
import '../styles/liveqa.css';

/** The moderation flags of a question, each as a warning badge. */
export function QuestionFlags({ flags }: { flags: readonly QuestionFlag[] }) {
  if (flags.length === 0) return null;
  return (
    <ul className="question-flags" aria-label="Flags">
      {flags.map((flag) => (
        <li key={flag} className="badge badge--danger" data-flag={flag}>
          {QUESTION_FLAG_LABELS[flag]}
        </li>
      ))}
    </ul>
  );
}
