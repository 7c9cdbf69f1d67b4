import { useMemo, useRef } from 'react';
import { useQuery } from 'urql';
import { PostingCadenceDocument, type PostingCadenceQuery } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { ChartOrTable } from '@/ui/data-display/ChartOrTable';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { formatDate } from '@/ui/utils/format';
import { useNearViewport } from '../hooks/useNearViewport';
import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';
import { cadenceChartOption } from '../utils/chartOptions';
import { CsvDownloadButton } from './CsvDownloadButton';
import { EChart } from './EChart';

type Cadence = PostingCadenceQuery['postingCadence'];
type ChannelCadence = Cadence['channels'][number];

const averageFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

/** "Facebook: 1.5 posts a week; target 2, met in 1 of 2 weeks." */
export function describeCadence(channel: ChannelCadence, weeks: number): string {
  const name = CHANNEL_LABELS[channel.channel];
  const average = `${averageFormat.format(channel.average)} posts a week`;
  if (channel.target === null || channel.target === undefined) return `${name}: ${average}; no target.`;
  return `${name}: ${average}; target ${channel.target}, met in ${channel.weeksOnTarget ?? 0} of ${weeks} ${weeks === 1 ? 'week' : 'weeks'}.`;
}

/** Posts per week per channel against the organisation's targets, for the period's weeks. */
export function CadencePanel({ from, to }: { from: string; to: string }) {
  const section = useRef<HTMLElement>(null);
  const near = useNearViewport(section);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: PostingCadenceDocument,
    variables: { from, to },
    pause: !near,
  });
  const cadence = data?.postingCadence;
  return (
    <section ref={section} className="panel" aria-labelledby="analytics-cadence-title">
      <h2 id="analytics-cadence-title">Posting cadence</h2>
      {!near ? null : error && !fetching ? (
        <ErrorState
          message={describeGraphqlError(error)}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : !cadence ? (
        <LoadingState label="Counting the posts…" />
      ) : cadence.channels.length === 0 ? (
        <p className="empty">No posts in this period, and no targets set (Settings, posting targets).</p>
      ) : (
        <Cadence cadence={cadence} />
      )}
    </section>
  );
}

function Cadence({ cadence }: { cadence: Cadence }) {
  const option = useMemo(
    () =>
      cadenceChartOption(
        cadence.channels.map((channel) => ({ label: CHANNEL_LABELS[channel.channel], weeks: channel.weeks })),
      ),
    [cadence.channels],
  );
  const weeks = cadence.channels[0]?.weeks.map((week) => week.weekOf) ?? [];
  return (
    <>
      <ul>
        {cadence.channels.map((channel) => (
          <li key={channel.channel}>{describeCadence(channel, cadence.weeks)}</li>
        ))}
      </ul>
      <p className="muted">
        Each post counts once, in the week it went out ({cadence.timezone} time), from the platform’s first figure for
        it.
      </p>
      <CsvDownloadButton
        fileName={'posting-cadence.csv'}
        header={[
          'Week of',
          ...cadence.channels.flatMap((c) => [
            `${CHANNEL_LABELS[c.channel]} posts`,
            `${CHANNEL_LABELS[c.channel]} target`,
          ]),
        ]}
        rows={() =>
          weeks.map((weekOf, index) => [
            weekOf,
            ...cadence.channels.flatMap((c) => [
              String(c.weeks[index]?.posts ?? 0),
              c.target === null || c.target === undefined ? '' : String(c.target),
            ]),
          ])
        }
      />
      <ChartOrTable
        subject="the posting cadence"
        chart={<EChart option={option} label="Posts per week by channel" />}
        table={
          <div className="table-wrap">
            <table className="table table--compact">
              <caption className="visually-hidden">Posts per week by channel, against the targets</caption>
              <thead>
                <tr>
                  <th scope="col">Week of</th>
                  {cadence.channels.map((channel) => (
                    <th key={channel.channel} scope="col">
                      {CHANNEL_LABELS[channel.channel]}
                      {channel.target !== null && channel.target !== undefined ? ` (target ${channel.target})` : ''}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {weeks.map((weekOf, index) => (
                  <tr key={weekOf}>
                    <th scope="row">{formatDate(weekOf)}</th>
                    {cadence.channels.map((channel) => {
                      const week = channel.weeks[index];
                      return (
                        <td key={channel.channel}>
                          {week?.posts ?? 0}
                          {week?.metTarget === true ? ' (met)' : week?.metTarget === false ? ' (below)' : ''}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        }
      />
    </>
  );
}
