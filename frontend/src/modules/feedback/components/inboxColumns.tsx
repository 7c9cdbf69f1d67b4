import { Link } from 'react-router';
import type { FeedbackThreadSummaryFragment } from '@/generated/graphql';
import { personName } from '@/modules/content/utils/personName';
import type { Column } from '@/ui/data-display/DataTable';
import { TagList } from '@/ui/data-display/TagList';
import { PRIORITY_LABELS, sourceWithVisibility } from '../utils/feedbackLabels';
import { threadPath } from '../utils/feedbackPaths';
import { FeedbackStatusBadge } from './FeedbackStatusBadge';
import { FirstResponseBadge } from './FirstResponseBadge';
import { PhiMarker } from './PhiMarker';

/**
 * The inbox's columns at `now` (the first-response badge says how long is left). The preview is
 * the first patient message with suspected PHI replaced by its type, as the API gives it; it is
 * null for a reader who may not see what the patient wrote.
 */
export const inboxColumns = (now: number): readonly Column<FeedbackThreadSummaryFragment>[] => [
  {
    header: 'Feedback',
    rowHeader: true,
    cell: (thread) => (
      <Link to={threadPath(thread.id)}>{thread.preview?.trim() || `${sourceWithVisibility(thread)}, no preview`}</Link>
    ),
  },
  { header: 'Source', cell: (thread) => sourceWithVisibility(thread) },
  { header: 'Status', cell: (thread) => <FeedbackStatusBadge status={thread.status} /> },
  { header: 'Priority', cell: (thread) => PRIORITY_LABELS[thread.priority] },
  {
    header: 'Assigned to',
    cell: (thread) => (thread.assignee ? personName(thread.assignee) : <span className="muted">Nobody</span>),
  },
  { header: 'Tags', cell: (thread) => <TagList items={thread.tags} /> },
  {
    header: 'First response',
    className: 'nowrap',
    cell: (thread) => <FirstResponseBadge thread={thread} now={now} />,
  },
  { header: 'PHI', cell: (thread) => <PhiMarker hasPhi={thread.hasPhi} /> },
];
