import { Link } from 'react-router';
import type { ContentSummaryFragment } from '@/generated/graphql';
import type { Column } from '@/ui/data-display/DataTable';
import { formatDateTime } from '@/ui/utils/format';
import { FORMAT_LABELS } from '../utils/contentLabels';
import { contentPath } from '../utils/contentPaths';
import { ContentStatusBadge } from './ContentStatusBadge';

export const contentColumns: readonly Column<ContentSummaryFragment>[] = [
  {
    header: 'Title',
    rowHeader: true,
    cell: (content) => <Link to={contentPath(content.id)}>{content.title}</Link>,
  },
  { header: 'Format', cell: (content) => FORMAT_LABELS[content.format] },
  { header: 'Status', cell: (content) => <ContentStatusBadge status={content.status} /> },
  { header: 'Campaign', cell: (content) => content.campaign?.name ?? <span className="muted">None</span> },
  { header: 'Last updated', className: 'nowrap', cell: (content) => formatDateTime(content.updatedAt) },
];
