import type { LivePollFieldsFragment } from '@/generated/graphql';
import { formatDateTime } from '@/ui/utils/format';
import { NEW_POLL_BUTTON_ID, POLL_PANEL_TITLE_ID, type ConsolePolls } from '../hooks/useConsolePolls';
import { LaunchPollForm } from './LaunchPollForm';
import { OpenPollCard } from './OpenPollCard';
import { PollResults } from './PollResults';
import '../styles/polls.css';

/** In the console's toolbar, beside the join code: New poll, while a poll may be launched. */
export function NewPollButton({ polls }: { polls: ConsolePolls }) {
  if (!polls.canLaunch || polls.composing) return null;
  return (
    <button id={NEW_POLL_BUTTON_ID} type="button" className="button button--small" onClick={polls.compose}>
      New poll
    </button>
  );
}

interface PanelProps {
  sessionId: string;
  polls: ConsolePolls;
  /** A poll as a mutation answered it, shown before its event arrives. */
  onPoll: (poll: LivePollFieldsFragment) => void;
}

/**
 * Above the queues while there is one: the open poll with its live results and Close poll, or
 * the form of a new one. Its announcements (launched, closed) stay on the page between polls.
 */
export function LivePollPanel({ sessionId, polls, onPoll }: PanelProps) {
  const { open, composing } = polls;
  return (
    <>
      <p className="visually-hidden" role="status">
        {polls.message}
      </p>
      {(open || composing) && (
        <section className="poll-panel" aria-labelledby={POLL_PANEL_TITLE_ID}>
          <h2 id={POLL_PANEL_TITLE_ID} tabIndex={-1}>
            {open ? 'Poll' : 'New poll'}
          </h2>
          {open ? (
            <OpenPollCard
              poll={open}
              onClosed={(poll) => {
                onPoll(poll);
                polls.closed();
              }}
            />
          ) : (
            <LaunchPollForm
              sessionId={sessionId}
              onLaunched={(poll) => {
                onPoll(poll);
                polls.launched();
              }}
              onCancel={polls.cancel}
            />
          )}
        </section>
      )}
    </>
  );
}

/** Below the queues: the session's closed polls with their final results, folded. */
export function PastPolls({ polls }: { polls: ConsolePolls }) {
  if (polls.past.length === 0) return null;
  return (
    <details className="poll-panel poll-panel__past">
      <summary>Past polls ({polls.past.length})</summary>
      <ol className="poll-panel__list">
        {polls.past.map((poll) => (
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
  );
}
