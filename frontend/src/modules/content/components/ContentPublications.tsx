import type { Channel, ContentDetailFragment } from '@/generated/graphql';
import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';
import { formatDateTime } from '@/ui/utils/format';
import { PUBLICATION_STATE_LABELS, TAKEDOWN_STATE_LABELS } from '../utils/contentLabels';

/** Each channel's publication: its state, the platform's post ID, and why it failed or came down. */
export function ContentPublications({ publications }: Pick<ContentDetailFragment, 'publications'>) {
  if (publications.length === 0) return <p className="muted">Not published on any channel yet.</p>;
  return (
    <table className="table">
      <caption className="visually-hidden">Publications by channel</caption>
      <thead>
        <tr>
          <th scope="col">Channel</th>
          <th scope="col">State</th>
          <th scope="col">Post ID</th>
          <th scope="col">Reason</th>
          <th scope="col">When</th>
        </tr>
      </thead>
      <tbody>
        {publications.map((publication) => (
          <tr key={publication.channel}>
            <th scope="row">{CHANNEL_LABELS[publication.channel]}</th>
            <td>{PUBLICATION_STATE_LABELS[publication.state]}</td>
            <td>{publication.postId ?? '—'}</td>
            <td>{publication.reason ?? '—'}</td>
            <td>{publication.at ? formatDateTime(publication.at) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

interface TakedownProps extends Pick<ContentDetailFragment, 'takedowns'> {
  /** Shown only to those who may confirm. */
  onConfirm?: (channel: Channel) => void;
  busy?: boolean;
}

/** Retracted posts a person must confirm are gone from their channel. */
export function ContentTakedowns({ takedowns, onConfirm, busy = false }: TakedownProps) {
  if (takedowns.length === 0) return <p className="muted">No take-downs.</p>;
  return (
    <ul className="content-history">
      {takedowns.map((takedown) => (
        <li key={`${takedown.channel}-${takedown.createdAt}`} className="content-history__item">
          <strong>
            {CHANNEL_LABELS[takedown.channel]}: {TAKEDOWN_STATE_LABELS[takedown.state]}
          </strong>
          {takedown.postId && <> — post {takedown.postId}</>}
          <p className="content-history__notes">{takedown.reason}</p>
          {takedown.state === 'CONFIRMED' ? (
            <p className="muted">
              Confirmed gone by {takedown.confirmedBy?.name ?? takedown.confirmedBy?.email ?? 'a former colleague'}
              {takedown.confirmedAt && `, ${formatDateTime(takedown.confirmedAt)}`}
            </p>
          ) : (
            onConfirm && (
              <button type="button" className="button" disabled={busy} onClick={() => onConfirm(takedown.channel)}>
                Confirm taken down from {CHANNEL_LABELS[takedown.channel]}
              </button>
            )
          )}
        </li>
      ))}
    </ul>
  );
}
