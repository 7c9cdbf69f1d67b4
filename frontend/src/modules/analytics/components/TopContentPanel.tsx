import { Link } from 'react-router';
import type { AnalyticsHomeQuery } from '@/generated/graphql';
import { humanize } from '@/ui/utils/format';
import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';
import { CsvDownloadButton } from './CsvDownloadButton';
import { csvFigure, formatFigure, formatRate, valueOf } from '../utils/figures';

type Item = AnalyticsHomeQuery['topContent']['items'][number];

/** The content's title where the reader may read content, else what it is without naming anything. */
function itemName(item: Item): string {
  if (item.content) return item.content.title;
  if (item.externalPostId) return `Post ${item.externalPostId} (published outside CarePulse)`;
  return item.format ? `${humanize(item.format)} (content)` : 'Content';
}

/** The period's most engaging content, as a table and a CSV file. */
export function TopContentPanel({ items }: { items: readonly Item[] }) {
  return (
    <section className="panel" aria-labelledby="analytics-top-title">
      <h2 id="analytics-top-title">Top content</h2>
      {items.length === 0 ? (
        <p className="empty">No posts with figures in this period.</p>
      ) : (
        <>
          <CsvDownloadButton
            fileName={'top-content.csv'}
            header={[
              'Rank',
              'Content',
              'Content ID',
              'Platform post ID',
              'Channels',
              'Engagement',
              'Engagement rate',
              'Reach',
            ]}
            rows={() =>
              items.map((item) => [
                String(item.rank),
                itemName(item),
                item.contentId ?? '',
                item.externalPostId ?? '',
                item.channels.map((channel) => CHANNEL_LABELS[channel]).join(' '),
                csvFigure(item.engagement),
                item.engagementRate ? String(item.engagementRate.value) : '',
                csvFigure(valueOf(item, 'REACH')),
              ])
            }
          />
          <div className="table-wrap">
            <table className="table table--compact">
              <caption className="visually-hidden">Top content by engagement</caption>
              <thead>
                <tr>
                  <th scope="col">Rank</th>
                  <th scope="col">Content</th>
                  <th scope="col">Channels</th>
                  <th scope="col">Engagement</th>
                  <th scope="col">Engagement rate</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.contentId ?? `${item.channels.join()}-${item.externalPostId}`}>
                    <td>{item.rank}</td>
                    <th scope="row">
                      {item.content ? (
                        <Link to={`/content/${encodeURIComponent(item.content.id)}`}>{item.content.title}</Link>
                      ) : (
                        itemName(item)
                      )}
                    </th>
                    <td>{item.channels.map((channel) => CHANNEL_LABELS[channel]).join(', ')}</td>
                    <td>{formatFigure(item.engagement)}</td>
                    <td>{formatRate(item.engagementRate)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </section>
  );
}
