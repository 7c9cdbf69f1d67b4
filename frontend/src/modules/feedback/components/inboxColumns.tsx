import { Link } from 'react-router';
import type { FeedbackThreadSummaryFragment } from '@/generated/graphql';
import { personName } from '@/modules/content/utils/personName';
import type { Column } from '@/ui/data-display/DataTable';
import { TagList } from '@/ui/data-display/TagList';
import { PRIORITY_LABELS, sourceWithVisibility } from '../utils/feedbackLabels';
import { threadPath } from '../utils/feedbackPaths';
import type { ThemeLabeller } from '../utils/themeLabels';
import { FeedbackStatusBadge } from './FeedbackStatusBadge';
import { FirstResponseBadge } from './FirstResponseBadge';
import { PhiMarker } from './PhiMarker';
import { SentimentBadge } from './SentimentBadge';
import { ThemeChips } from './ThemeChips';

/**
 * The inbox's columns at `now` (the first-response badge says how long is left), theme keys named
 * by `themeLabel`. The preview is the first patient message with suspected PHI replaced by its
 * type, as the API gives it; it is null for a reader who may not see what the patient wrote.
 */
export const inboxColumns = (
  now: number,
  themeLabel: ThemeLabeller,
): readonly Column<FeedbackThreadSummaryFragment>[] => [
  {
    header: 'Feedback',
    rowHeader: true,
    cell: (thread) => (
      <Link to={threadPath(thread.id)}>{thread.preview?.trim() || `${sourceWithVisibility(thread)}, no preview`}</Link>
    ),
  },
  { header: 'Source', cell: (thread) => sourceWithVisibility(thread) },
  { header: 'Status', cell: (thread) => <FeedbackStatusBadge status={thread.status} /> },
  {
    header: 'Sentiment',
    cell: (thread) =>
      thread.sentiment ? <SentimentBadge sentiment={thread.sentiment} /> : <span className="muted">—</span>,
  },
  { header: 'Priority', cell: (thread) => PRIORITY_LABELS[thread.priority] },
  {
    header: 'Assigned to',
    cell: (thread) => (thread.assignee ? personName(thread.assignee) : <span className="muted">Nobody</span>),
  },
  { header: 'Themes', cell: (thread) => <ThemeChips themes={thread.themes} labelOf={themeLabel} /> },
  { header: 'Tags', cell: (thread) => <TagList items={thread.tags} /> },
  {
    header: 'First response',
    className: 'nowrap',
    cell: (thread) => <FirstResponseBadge thread={thread} now={now} />,
  },
  { header: 'PHI', cell: (thread) => <PhiMarker hasPhi={thread.hasPhi} /> },
];
