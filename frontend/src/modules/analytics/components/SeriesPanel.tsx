import { useMemo } from 'react';
import type { AnalyticsHomeQuery, EngagementInterval } from '@/generated/graphql';
import { ChartOrTable } from '@/ui/data-display/ChartOrTable';
import { downloadText, toCsv } from '@/ui/utils/csv';
import { seriesChartOption } from '../utils/chartOptions';
import { HOURS_DAYS_MAX, INTERVAL_LABELS } from '../utils/analyticsFilters';
import { csvFigure, formatFigure, formatRate, pointLabel, valueOf } from '../utils/figures';
import { EChart } from './EChart';

type Series = AnalyticsHomeQuery['series'];

const TABLE_METRICS = ['IMPRESSIONS', 'REACTIONS', 'COMMENTS', 'SHARES', 'CLICKS'] as const;
const TABLE_HEADERS = ['Impressions', 'Reactions', 'Comments', 'Shares', 'Clicks'];
const INTERVALS: EngagementInterval[] = ['HOUR', 'DAY', 'WEEK', 'MONTH'];

interface Props {
  series: Series;
  /** Days in the period: hours are kept for a month at most. */
  days: number;
  onInterval: (interval: EngagementInterval) => void;
}

/** Engagement over time, by hour, day, week or month, as a chart or a table, and as a CSV file. */
export function SeriesPanel({ series, days, onInterval }: Props) {
  const option = useMemo(
    () => seriesChartOption(series.points, series.interval, series.timezone),
    [series.points, series.interval, series.timezone],
  );
  const rows = series.points.map((point) => ({
    label: pointLabel(point.start, series.interval, series.timezone),
    point,
  }));
  const download = () =>
    downloadText(
      `engagement-by-${series.interval.toLowerCase()}.csv`,
      toCsv(
        ['Start', 'Engagement', 'Engagement rate', 'Rate basis', ...TABLE_HEADERS],
        series.points.map((point) => [
          point.start,
          csvFigure(point.engagement),
          point.engagementRate ? String(point.engagementRate.value) : '',
          point.engagementRate?.basis ?? '',
          ...TABLE_METRICS.map((metric) => csvFigure(valueOf(point, metric))),
        ]),
      ),
    );
  return (
    <section className="panel" aria-labelledby="analytics-series-title">
      <h2 id="analytics-series-title">Engagement over time</h2>
      <div className="panel__actions">
        <div role="group" aria-label="Points of the chart">
          {INTERVALS.map((interval) => (
            <button
              key={interval}
              type="button"
              className="button button--small"
              aria-pressed={series.interval === interval}
              disabled={interval === 'HOUR' && days > HOURS_DAYS_MAX}
              title={interval === 'HOUR' && days > HOURS_DAYS_MAX ? 'Hours for a month or less' : undefined}
              onClick={() => onInterval(interval)}
            >
              {INTERVAL_LABELS[interval]}
            </button>
          ))}
        </div>
        <button type="button" className="button button--small button--quiet" onClick={download}>
          Download CSV
        </button>
      </div>
      <ChartOrTable
        subject="engagement over time"
        chart={<EChart option={option} label={`Engagement by ${INTERVAL_LABELS[series.interval].toLowerCase()}`} />}
        table={
          <div className="table-wrap">
            <table className="table table--compact">
              <caption className="visually-hidden">
                Engagement by {INTERVAL_LABELS[series.interval].toLowerCase()}
              </caption>
              <thead>
                <tr>
                  <th scope="col">From</th>
                  <th scope="col">Engagement</th>
                  <th scope="col">Engagement rate</th>
                  {TABLE_HEADERS.map((header) => (
                    <th key={header} scope="col">
                      {header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map(({ label, point }) => (
                  <tr key={point.start}>
                    <th scope="row">{label}</th>
                    <td>{formatFigure(point.engagement)}</td>
                    <td>{formatRate(point.engagementRate)}</td>
                    {TABLE_METRICS.map((metric) => (
                      <td key={metric}>{formatFigure(valueOf(point, metric))}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        }
      />
    </section>
  );
}
