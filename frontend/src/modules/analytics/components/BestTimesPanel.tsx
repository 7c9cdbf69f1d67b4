import { useMemo, useRef, useState } from 'react';
import { useQuery } from 'urql';
import { BestTimesToPostDocument, type BestTimesToPostQuery, type Channel } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { ChartOrTable } from '@/ui/data-display/ChartOrTable';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { SelectField } from '@/ui/form/SelectField';
import { useNearViewport } from '../hooks/useNearViewport';
import { CHANNEL_LABELS, CHANNEL_OPTIONS } from '@/modules/segment/utils/channelLabels';
import { DAY_LABELS, DAYS, heatmapOption } from '../utils/chartOptions';
import { formatPercent, formatRate } from '../utils/figures';
import { CsvDownloadButton } from './CsvDownloadButton';
import { EChart } from './EChart';

type BestTimes = BestTimesToPostQuery['bestTimesToPost'];

const hourLabel = (hour: number) => `${String(hour).padStart(2, '0')}:00`;

/** When the channel's posts engage best: a day × hour heatmap of the last 16 weeks, its table, its CSV. */
export function BestTimesPanel({ initialChannel }: { initialChannel: Channel }) {
  const [channel, setChannel] = useState<Channel>(initialChannel);
  const section = useRef<HTMLElement>(null);
  // At the foot of the page: asked for when it is about to be seen.
  const near = useNearViewport(section);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: BestTimesToPostDocument,
    variables: { channel },
    pause: !near,
  });
  const times = data?.bestTimesToPost;
  return (
    <section ref={section} className="panel" aria-labelledby="analytics-best-times-title">
      <h2 id="analytics-best-times-title">Best times to post</h2>
      <SelectField
        id="analytics-best-times-channel"
        label="Channel"
        value={channel}
        onChange={(value) => value && setChannel(value)}
        options={CHANNEL_OPTIONS}
      />
      {!near ? null : error && !fetching ? (
        <ErrorState
          message={describeGraphqlError(error)}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : !times ? (
        <LoadingState label="Reading the last 16 weeks…" />
      ) : (
        <BestTimes times={times} />
      )}
    </section>
  );
}

function BestTimes({ times }: { times: BestTimes }) {
  const option = useMemo(() => heatmapOption(times.slots), [times.slots]);
  const cell = (day: string, hour: number) => times.slots.find((slot) => slot.dayOfWeek === day && slot.hour === hour);
  const name = CHANNEL_LABELS[times.channel];
  return (
    <>
      <p>
        {times.top.length > 0
          ? `Best on ${name}: ${times.top
              .map(
                (slot) =>
                  `${DAY_LABELS[slot.dayOfWeek]} ${hourLabel(slot.hour)} (${formatPercent(slot.expectedRate ?? 0)}, ${slot.samples} posts)`,
              )
              .join('; ')}.`
          : `No hour on ${name} has ${times.minimumSamples} posts yet in the last 16 weeks.`}{' '}
        Hours with fewer than {times.minimumSamples} posts show the channel’s own rate ({formatRate(times.baseline)}),
        in {times.timezone} time.
      </p>
      <CsvDownloadButton
        fileName={`best-times-${times.channel.toLowerCase()}.csv`}
        header={['Day', 'Hour', 'Posts', 'Expected engagement rate', 'From the baseline']}
        rows={() =>
          times.slots.map((slot) => [
            DAY_LABELS[slot.dayOfWeek],
            hourLabel(slot.hour),
            String(slot.samples),
            slot.expectedRate === null || slot.expectedRate === undefined ? '' : String(slot.expectedRate),
            slot.fromBaseline ? 'yes' : 'no',
          ])
        }
      />
      <ChartOrTable
        subject={`the best times on ${name}`}
        chart={<EChart option={option} label={`Expected engagement rate on ${name} by day and hour`} size="tall" />}
        table={
          <div className="table-wrap">
            <table className="table table--compact">
              <caption className="visually-hidden">
                Expected engagement rate on {name} by day and hour, posts in brackets
              </caption>
              <thead>
                <tr>
                  <th scope="col">Day</th>
                  {Array.from({ length: 24 }, (_, hour) => (
                    <th key={hour} scope="col">
                      {String(hour).padStart(2, '0')}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {DAYS.map((day) => (
                  <tr key={day}>
                    <th scope="row">{DAY_LABELS[day]}</th>
                    {Array.from({ length: 24 }, (_, hour) => {
                      const slot = cell(day, hour);
                      return (
                        <td key={hour}>
                          {slot?.expectedRate === null || slot?.expectedRate === undefined
                            ? '–'
                            : `${formatPercent(slot.expectedRate)}${slot.fromBaseline ? '*' : ''} (${slot.samples})`}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
            <p className="muted">* the channel’s own rate: fewer than {times.minimumSamples} posts in that hour.</p>
          </div>
        }
      />
    </>
  );
}
