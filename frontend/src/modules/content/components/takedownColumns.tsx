import { Link } from 'react-router';
import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';
import type { Column } from '@/ui/data-display/DataTable';
import { formatDateTime } from '@/ui/utils/format';
import { contentPath } from '../utils/contentPaths';
import type { TakedownRow } from '../utils/takedownTasks';

/** The take-down tasks' columns: which post, why it came down, since when, and confirming it is gone. */
export function takedownColumns(onConfirm: (row: TakedownRow) => void, busy: boolean): Column<TakedownRow>[] {
  return [
    {
      header: 'Item',
      rowHeader: true,
      cell: (row) => <Link to={contentPath(row.content.id)}>{row.content.title}</Link>,
    },
    { header: 'Channel', cell: (row) => CHANNEL_LABELS[row.channel] },
    { header: 'Post ID', cell: (row) => row.postId ?? <span className="muted">Not known</span> },
    { header: 'Reason', cell: (row) => row.reason },
    {
      header: 'Waiting since',
      className: 'nowrap',
      cell: (row) => <time dateTime={row.createdAt}>{formatDateTime(row.createdAt)}</time>,
    },
    {
      header: 'Action',
      cell: (row) => (
        <button
          type="button"
          className="button button--small"
          disabled={busy}
          // The visible word starts the name, which says which post (every row has a Confirm).
          aria-label={`Confirm the post of ${row.content.title} is gone from ${CHANNEL_LABELS[row.channel]}…`}
          onClick={() => onConfirm(row)}
        >
          Confirm…
        </button>
      ),
    },
  ];
}
