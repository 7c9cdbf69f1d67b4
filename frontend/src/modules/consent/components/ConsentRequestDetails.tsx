import { Link } from 'react-router';
import type { ConsentRequestQuery } from '@/generated/graphql';
import { DetailList } from '@/ui/data-display/DetailList';
import { TagList } from '@/ui/data-display/TagList';
import { formatDate, formatDateTime } from '@/ui/utils/format';
import { CATEGORY_LABELS, CONSENT_CHANNEL_LABELS, labelsOf, PURPOSE_LABELS } from '../utils/consentLabels';
import { consentPath } from '../utils/consentPaths';
import { ConsentRequestStatusBadge } from './ConsentRequestStatusBadge';

export type ConsentRequestDetail = Extract<NonNullable<ConsentRequestQuery['node']>, { __typename: 'ConsentRequest' }>;

/** A signing request as compliance staff read it: the link's state, the patient (a logged read) and the scope. */
export function ConsentRequestDetails({ request }: { request: ConsentRequestDetail }) {
  const purposes = request.purposes.map((purpose) => purpose.kind);
  return (
    <>
      <section aria-labelledby="consent-request-link">
        <h2 id="consent-request-link">Signing link</h2>
        <DetailList
          items={[
            { term: 'Status', value: <ConsentRequestStatusBadge status={request.status} /> },
            { term: 'Link works until', value: formatDateTime(request.linkExpiresAt) },
            { term: 'Wrong dates of birth', value: `${request.failedAttempts} of 5` },
            {
              term: 'Signed consent',
              value: request.consent ? (
                <Link to={consentPath(request.consent.id)}>{request.consent.label}</Link>
              ) : (
                'Not signed yet'
              ),
            },
            { term: 'Sent by', value: request.createdBy?.name ?? request.createdBy?.email ?? 'A former colleague' },
            { term: 'Sent', value: formatDateTime(request.createdAt) },
          ]}
        />
      </section>
      <section aria-labelledby="consent-request-scope">
        <h2 id="consent-request-scope">What the patient is asked to sign</h2>
        <DetailList
          items={[
            { term: 'Patient', value: request.patient?.name },
            { term: 'Description', value: request.informationDescription },
            { term: 'Information', value: <TagList items={labelsOf(CATEGORY_LABELS, request.categories)} /> },
            { term: 'Channels', value: <TagList items={labelsOf(CONSENT_CHANNEL_LABELS, request.channels)} /> },
            { term: 'Purposes', value: <TagList items={labelsOf(PURPOSE_LABELS, purposes)} /> },
            {
              term: 'Expires',
              value: request.expiresOn ? formatDate(request.expiresOn) : (request.expirationEvent ?? undefined),
            },
          ]}
        />
      </section>
    </>
  );
}
