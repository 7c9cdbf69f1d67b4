import { Bar } from '@/ui/data-display/Bars';
import { formatPercent, votesText } from '../utils/pollResults';
import '../styles/polls.css';

interface Props {
  poll: {
    question: string;
    totalVotes: number;
    options: readonly { id: string; label: string; votes: number; percent: number }[];
  };
  /** The option this participant chose, marked in words as well as in colour. */
  chosenId?: string | null;
}

/**
 * A poll's results: each choice with its votes and share, in words and as a bar, and the votes in
 * all. Shared by the moderator console and the public audience page, so it imports nothing of
 * the staff app.
 */
export function PollResults({ poll, chosenId }: Props) {
  return (
    <div className="poll-results">
      <ul className="poll-results__options" aria-label={`Results of “${poll.question}”`}>
        {poll.options.map((option) => {
          const chosen = option.id === chosenId;
          return (
            <li key={option.id} className={chosen ? 'poll-result poll-result--chosen' : 'poll-result'}>
              <span className="poll-result__label">
                {option.label}
                {chosen && <span className="poll-result__mine"> (your choice)</span>}
              </span>
              <span className="poll-result__figures">
                {votesText(option.votes)}, {formatPercent(option.percent)}
              </span>
              <Bar share={option.percent / 100} tone={chosen ? 'chosen' : 'primary'} />
            </li>
          );
        })}
      </ul>
      <p className="poll-results__total">{votesText(poll.totalVotes)} in all</p>
    </div>
  );
}
