import { useEffect, useRef, useState } from 'react';
import type { LivePollFieldsFragment } from '@/generated/graphql';
import { formatDateTime } from '@/ui/utils/format';
import { openPollOf } from '../utils/pollResults';
import { LaunchPollForm, POLL_QUESTION_ID } from './LaunchPollForm';
import { OpenPollCard } from './OpenPollCard';
import { PollResults } from './PollResults';
import '../styles/polls.css';

interface Props {
  sessionId: string;
  /** Polls are launched while the session is live. */
  live: boolean;
  /** Newest first. */
  polls: readonly LivePollFieldsFragment[];
  /** A poll as a mutation answered it, shown before its event arrives. */
  onPoll: (poll: LivePollFieldsFragment) => void;
}

type Focus = 'form' | 'new' | 'heading' | null;

/**
 * The console's polls: the open one with its live results and Close poll, or New poll while the
 * session is live (one poll at a time), and the past polls with their final results.
 */
export function LivePollPanel({ sessionId, live, polls, onPoll }: Props) {
  const open = openPollOf(polls);
  const past = polls.filter((poll) => poll.status === 'CLOSED');
  const [composing, setComposing] = useState(false);
  const [message, setMessage] = useState('');
  const [focus, setFocus] = useState<Focus>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const newRef = useRef<HTMLButtonElement>(null);
  const showForm = live && !open && composing;

  // Focus follows what replaced the control just used: the form, the new open poll, New poll.
  useEffect(() => {
    if (focus === 'form') document.getElementById(POLL_QUESTION_ID)?.focus();
    else if (focus === 'new') (newRef.current ?? headingRef.current)?.focus();
    else if (focus === 'heading') headingRef.current?.focus();
    if (focus) setFocus(null);
  }, [focus]);

  if (!live && polls.length === 0) return null;
  return (
    <section className="poll-panel" aria-labelledby="poll-panel-title">
      <div className="poll-panel__header">
        <h2 id="poll-panel-title" ref={headingRef} tabIndex={-1}>
          Polls
        </h2>
        {live && !open && !showForm && (
          <button
            ref={newRef}
            type="button"
            className="button button--small"
            onClick={() => {
              setComposing(true);
              setMessage('');
              setFocus('form');
            }}
          >
            New poll
          </button>
        )}
      </div>
      <p className="visually-hidden" role="status">
        {message}
      </p>
      {open && (
        <OpenPollCard
          poll={open}
          onClosed={(poll) => {
            onPoll(poll);
            setMessage('Poll closed. Its results stay visible to the audience.');
            setFocus('new');
          }}
        />
      )}
      {showForm && (
        <LaunchPollForm
          sessionId={sessionId}
          onLaunched={(poll) => {
            onPoll(poll);
            setComposing(false);
            setMessage('Poll launched. The audience can answer now.');
            setFocus('heading');
          }}
          onCancel={() => {
            setComposing(false);
            setFocus('new');
          }}
        />
      )}
      {live && !open && !showForm && (
        <p className="muted poll-panel__empty">No poll is open. Ask the audience a quick question with New poll.</p>
      )}
      {past.length > 0 && (
        <details className="poll-panel__past">
          <summary>Past polls ({past.length})</summary>
          <ol className="poll-panel__list">
            {past.map((poll) => (
              <li key={poll.id} className="poll-card">
                <h3 className="poll-card__question">{poll.question}</h3>
                <p className="poll-card__state">
                  Closed{poll.closedAt ? ` ${formatDateTime(poll.closedAt)}` : ''}: final results
                </p>
                <PollResults poll={poll} />
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
