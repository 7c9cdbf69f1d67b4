import { Link } from 'react-router';
import type { ReviewQueueQuery } from '@/generated/graphql';
import { DataTable, type Column } from '@/ui/data-display/DataTable';
import { formatDateTime } from '@/ui/utils/format';
import { FORMAT_LABELS } from '../utils/contentLabels';
import { contentReviewPath } from '../utils/contentPaths';

type QueuedItem = ReviewQueueQuery['reviewQueue'][number];

const columns: readonly Column<QueuedItem>[] = [
  {
    header: 'Title',
    rowHeader: true,
    cell: (item) => <Link to={contentReviewPath(item.id)}>{item.title}</Link>,
  },
  { header: 'Format', cell: (item) => FORMAT_LABELS[item.format] },
  { header: 'Campaign', cell: (item) => item.campaign?.name ?? <span className="muted">None</span> },
  { header: 'Written by', cell: (item) => item.createdBy?.name ?? item.createdBy?.email ?? '—' },
  { header: 'Last updated', className: 'nowrap', cell: (item) => formatDateTime(item.updatedAt) },
];

/** Items waiting for a review, oldest first, each opening its review page. */
export function ReviewQueueTable({ items, caption }: { items: readonly QueuedItem[]; caption: string }) {
  if (items.length === 0) return <p className="empty">Nothing is waiting for this review.</p>;
  return <DataTable caption={caption} columns={columns} rows={items} />;
}
