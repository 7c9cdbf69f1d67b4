import type { ThemeSentimentFieldsFragment } from '@/generated/graphql';
import { ChartOrTable } from '@/ui/data-display/ChartOrTable';
import { DataTable } from '@/ui/data-display/DataTable';
import { sentimentShare } from '../../utils/sentimentLabels';
import { SentimentMix } from './SentimentMix';

interface Props {
  messages: number;
  sentiment: ThemeSentimentFieldsFragment;
}

/** How many messages the period had and how patients felt in them, overall. */
export function OverallSentiment({ messages, sentiment }: Props) {
  const rows = [
    { id: 'positive', tone: 'Positive', count: sentiment.positive },
    { id: 'neutral', tone: 'Neutral', count: sentiment.neutral },
    { id: 'negative', tone: 'Negative', count: sentiment.negative },
  ];
  return (
    <section className="panel themes-overview" aria-labelledby="themes-overview-title">
      <h2 id="themes-overview-title">Overall</h2>
      <p className="themes-overview__messages">
        <strong>{messages}</strong> {messages === 1 ? 'message' : 'messages'} in this period
      </p>
      <h3>Sentiment</h3>
      <ChartOrTable
        subject="the sentiment"
        chart={<SentimentMix mix={sentiment} />}
        table={
          <DataTable
            caption="Messages by sentiment"
            columns={[
              { header: 'Sentiment', rowHeader: true, cell: (row) => row.tone },
              { header: 'Messages', cell: (row) => row.count },
              { header: 'Share', cell: (row) => `${sentimentShare(row.count, messages)}%` },
            ]}
            rows={rows}
          />
        }
      />
    </section>
  );
}
