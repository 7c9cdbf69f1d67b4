import { useState, type FormEvent } from 'react';
import type { AudiencePollFieldsFragment } from '@/generated/graphql';
import { Alert } from '@/ui/feedback/Alert';
import { RadioGroup } from '@/ui/form/RadioGroup';
import type { AnswerProblem } from '../hooks/useAnswerLivePoll';
import { PollResults } from './PollResults';
import '../styles/polls.css';

/** Whether the participant is asked to answer: the poll is open, answers are taken, and they have not answered. */
export const isVoting = (poll: Pick<AudiencePollFieldsFragment, 'status' | 'myAnswer'>, canAnswer: boolean) =>
  canAnswer && poll.status === 'OPEN' && !poll.myAnswer;

interface Props {
  poll: AudiencePollFieldsFragment;
  /** Whether answers are taken now: the poll is open and the session live. */
  canAnswer: boolean;
  answering: boolean;
  problem: AnswerProblem | null;
  onAnswer: (pollId: string, optionId: string) => void;
  /** The newest poll is a section of the page (h2, "Poll"); an earlier one is named by its question (h3). */
  level?: 2 | 3;
}

/**
 * One poll on the audience page: its choices as a radio group and Vote while it is open and not
 * yet answered; then "You chose …" and the results as they come in; a closed poll's final results.
 */
export function AudiencePollCard({ poll, canAnswer, answering, problem, onAnswer, level = 2 }: Props) {
  const [choice, setChoice] = useState('');
  const [error, setError] = useState<string | undefined>();
  const voting = isVoting(poll, canAnswer);
  const chosen = poll.options.find((option) => option.id === poll.myAnswer);
  const id = `audience-poll-${poll.id}`;
  const mine = problem?.pollId === poll.id ? problem : null;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!choice) return setError('Choose an answer first');
    setError(undefined);
    onAnswer(poll.id, choice);
  };

  return (
    <section
      className={poll.status === 'OPEN' ? 'audience-poll' : 'audience-poll audience-poll--closed'}
      aria-labelledby={`${id}-title`}
    >
      {level === 2 ? (
        <h2 id={`${id}-title`}>{poll.status === 'OPEN' ? 'Poll' : 'Poll closed: final results'}</h2>
      ) : (
        <h3 id={`${id}-title`}>{poll.question}</h3>
      )}
      {voting ? (
        <form onSubmit={submit} noValidate aria-busy={answering}>
          <RadioGroup
            id={`${id}-choice`}
            label={poll.question}
            options={poll.options.map((option) => ({ value: option.id, label: option.label }))}
            value={choice}
            onChange={(value) => {
              setChoice(value);
              setError(undefined);
            }}
            error={error}
          />
          <button type="submit" className="button button--primary" disabled={answering}>
            {answering ? 'Sending…' : 'Vote'}
          </button>
        </form>
      ) : (
        <>
          {level === 2 && <p className="poll-card__question">{poll.question}</p>}
          {chosen && <p className="audience-poll__choice">You chose {chosen.label}.</p>}
          <PollResults poll={poll} chosenId={poll.myAnswer} />
        </>
      )}
      {mine && (
        <Alert tone={mine.refused ? 'info' : 'error'}>
          <p>{mine.message}</p>
        </Alert>
      )}
    </section>
  );
}
