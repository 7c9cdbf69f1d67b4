import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PublishingWebhookDeliveriesDocument } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { contentPath } from '@/modules/content/utils/contentPaths';
import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';
import { DataTable, type Column } from '@/ui/data-display/DataTable';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { formatDateTime } from '@/ui/utils/format';
import { deliveryEvent, deliveryOutcome, type WebhookDelivery } from '../utils/deliveryWords';

/** As many as the server shows unless asked: enough to see a receiver's last few posts and their retries. */
const SHOWN = 20;

/** An attempt has no ID of its own; its place in the log keys its row. */
type Row = WebhookDelivery & { id: string };

const columns: readonly Column<Row>[] = [
  {
    header: 'When',
    rowHeader: true,
    className: 'nowrap',
    cell: (row) => <time dateTime={row.at}>{formatDateTime(row.at)}</time>,
  },
  {
    header: 'Item',
    cell: (row) =>
      row.content ? (
        <Link to={contentPath(row.content.id)}>{row.content.title}</Link>
      ) : (
        <span className="muted">{row.event === 'feedback.reply' ? 'A reply to feedback' : 'No longer available'}</span>
      ),
  },
  { header: 'Channel', cell: (row) => (row.channel ? CHANNEL_LABELS[row.channel] : '—') },
  { header: 'Event', cell: (row) => deliveryEvent(row.event) },
  { header: 'Outcome', cell: (row) => deliveryOutcome(row) },
];

/**
 * The webhook's delivery log, newest first: what an admin checks when the receiving service says
 * a post never came. Read when the page opens and again on request, as deliveries happen later.
 */
export function WebhookDeliveries() {
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: PublishingWebhookDeliveriesDocument,
    variables: { first: SHOWN },
    requestPolicy: 'network-only',
  });
  const reload = () => reexecute({ requestPolicy: 'network-only' });
  const rows = (data?.publishingWebhook?.recentDeliveries ?? []).map((delivery, index) => ({
    ...delivery,
    id: String(index),
  }));
  return (
    <section aria-labelledby="webhook-deliveries-heading">
      <h2 id="webhook-deliveries-heading">Recent deliveries</h2>
      {!data ? (
        error && !fetching ? (
          <ErrorState message={describeGraphqlError(error)} onRetry={reload} />
        ) : (
          <LoadingState label="Loading the deliveries…" />
        )
      ) : (
        <>
          {rows.length === 0 ? (
            <p className="empty">
              Nothing has been sent yet. Each attempt to send a post, or to take one down, is listed here, retries
              included.
            </p>
          ) : (
            <>
              <p>The {SHOWN} latest attempts at most, retries included, newest first.</p>
              <DataTable caption="Recent deliveries, newest first" columns={columns} rows={rows} />
            </>
          )}
          <button type="button" className="button" disabled={fetching} onClick={reload}>
            {fetching ? 'Checking…' : 'Check for new deliveries'}
          </button>
        </>
      )}
    </section>
  );
}
