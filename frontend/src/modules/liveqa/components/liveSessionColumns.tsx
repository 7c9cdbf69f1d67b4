import { Link } from 'react-router';
import type { LiveSessionSummaryFragment } from '@/generated/graphql';
import type { Column } from '@/ui/data-display/DataTable';
import { formatDateTime } from '@/ui/utils/format';
import { formatHost } from '../utils/formatHost';
import { LIVE_SESSION_STATUS_LABELS } from '../utils/liveSessionLabels';
import { liveSessionPath } from '../utils/liveSessionPaths';
import { LiveSessionStatusBadge } from './LiveSessionStatusBadge';

export const liveSessionColumns: readonly Column<LiveSessionSummaryFragment>[] = [
  {
    header: 'Title',
    rowHeader: true,
    cell: (session) => <Link to={liveSessionPath(session.id)}>{session.title}</Link>,
    csv: (session) => session.title,
  },
  {
    header: 'Status',
    cell: (session) => <LiveSessionStatusBadge status={session.status} />,
    csv: (session) => LIVE_SESSION_STATUS_LABELS[session.status],
  },
  {
    header: 'Scheduled start',
    className: 'nowrap',
    cell: (session) => formatDateTime(session.scheduledStart),
    csv: (session) => session.scheduledStart,
  },
  { header: 'Host', cell: (session) => formatHost(session.host), csv: (session) => formatHost(session.host) },
  {
    header: 'Join code',
    className: 'nowrap',
    cell: (session) => <code>{session.joinCode}</code>,
    csv: (session) => session.joinCode,
  },
];
