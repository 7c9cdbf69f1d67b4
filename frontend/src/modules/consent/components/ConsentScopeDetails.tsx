import type { ConsentSummaryFragment } from '@/generated/graphql';
import { DetailList } from '@/ui/data-display/DetailList';
import { TagList } from '@/ui/data-display/TagList';
import { formatDate, formatDateTime } from '@/ui/utils/format';
import { CATEGORY_LABELS, CONSENT_CHANNEL_LABELS, labelsOf, PURPOSE_LABELS } from '../utils/consentLabels';
import { ConsentStatusBadge } from './ConsentStatusBadge';

/** What the consent allows, which every role that sees consents may read. */
export function ConsentScopeDetails({ consent }: { consent: ConsentSummaryFragment }) {
  const purposes = consent.purposes.map((purpose) => purpose.kind);
  return (
    <section aria-labelledby="consent-scope">
      <h2 id="consent-scope">Scope</h2>
      <DetailList
        items={[
          { term: 'Number', value: consent.number },
          { term: 'Status', value: <ConsentStatusBadge status={consent.status} /> },
          { term: 'Information', value: <TagList items={labelsOf(CATEGORY_LABELS, consent.categories)} /> },
          { term: 'Channels', value: <TagList items={labelsOf(CONSENT_CHANNEL_LABELS, consent.channels)} /> },
          { term: 'Purposes', value: <TagList items={labelsOf(PURPOSE_LABELS, purposes)} /> },
          { term: 'Expires on', value: consent.expiresOn ? formatDate(consent.expiresOn) : 'On an event' },
          { term: 'Paid for by a third party', value: consent.financialRemuneration ? 'Yes' : 'No' },
          { term: 'Recorded', value: formatDateTime(consent.createdAt) },
          { term: 'Last updated', value: formatDateTime(consent.updatedAt) },
        ]}
      />
    </section>
  );
}
