import { Link } from 'react-router';
import type { ConsentRequestSummaryFragment } from '@/generated/graphql';
import type { Column } from '@/ui/data-display/DataTable';
import { formatDateTime } from '@/ui/utils/format';
import { consentPath } from '../utils/consentPaths';
import { consentRequestPath } from '../utils/consentRequestLabels';
import { CancelConsentRequestAction } from './CancelConsentRequestAction';
import { ConsentRequestStatusBadge } from './ConsentRequestStatusBadge';

/** The signing requests' columns: the scope and the link's state, never the patient (reading it is logged). */
export const consentRequestColumns: readonly Column<ConsentRequestSummaryFragment>[] = [
  {
    header: 'Request',
    rowHeader: true,
    cell: (request) => <Link to={consentRequestPath(request.id)}>{request.scope}</Link>,
  },
  { header: 'Status', cell: (request) => <ConsentRequestStatusBadge status={request.status} /> },
  {
    header: 'Consent',
    cell: (request) =>
      request.consent ? (
        <Link to={consentPath(request.consent.id)}>{request.consent.label}</Link>
      ) : (
        <span className="muted">—</span>
      ),
  },
  { header: 'Link expires', className: 'nowrap', cell: (request) => formatDateTime(request.linkExpiresAt) },
  { header: 'Created', className: 'nowrap', cell: (request) => formatDateTime(request.createdAt) },
  {
    header: 'Actions',
    cell: (request) => (request.status === 'PENDING' ? <CancelConsentRequestAction request={request} inList /> : null),
  },
];
