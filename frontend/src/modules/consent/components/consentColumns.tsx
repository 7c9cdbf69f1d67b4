import { Link } from 'react-router';
import type { ConsentSummaryFragment } from '@/generated/graphql';
import { TagList } from '@/ui/data-display/TagList';
import type { Column } from '@/ui/data-display/DataTable';
import { formatDate, formatDateTime } from '@/ui/utils/format';
import { CONSENT_CHANNEL_LABELS, labelsOf, PURPOSE_LABELS } from '../utils/consentLabels';
import { consentPath } from '../utils/consentPaths';
import { ConsentStatusBadge } from './ConsentStatusBadge';

/** The registry's columns: the scope only, which identifies a consent without identifying the patient. */
export const consentColumns: readonly Column<ConsentSummaryFragment>[] = [
  {
    header: 'Consent',
    rowHeader: true,
    sortField: 'NUMBER',
    cell: (consent) => <Link to={consentPath(consent.id)}>{consent.label}</Link>,
  },
  { header: 'Status', cell: (consent) => <ConsentStatusBadge status={consent.status} /> },
  {
    header: 'Channels',
    cell: (consent) => <TagList items={labelsOf(CONSENT_CHANNEL_LABELS, consent.channels)} />,
  },
  {
    header: 'Purposes',
    cell: (consent) => (
      <TagList
        items={labelsOf(
          PURPOSE_LABELS,
          consent.purposes.map((purpose) => purpose.kind),
        )}
      />
    ),
  },
  {
    header: 'Expires on',
    className: 'nowrap',
    sortField: 'EXPIRES_ON',
    cell: (consent) => (consent.expiresOn ? formatDate(consent.expiresOn) : <span className="muted">On an event</span>),
  },
  {
    header: 'Created',
    className: 'nowrap',
    sortField: 'CREATED_AT',
    firstDirection: 'DESC',
    cell: (consent) => formatDateTime(consent.createdAt),
  },
];
