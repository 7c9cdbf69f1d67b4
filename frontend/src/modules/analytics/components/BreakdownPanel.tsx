import { useMemo } from 'react';
import type { EngagementBreakdownRowFieldsFragment } from '@/generated/graphql';
import { ChartOrTable } from '@/ui/data-display/ChartOrTable';
import { barsChartOption } from '../utils/chartOptions';
import { csvFigure, formatFigure, formatRate, valueOf } from '../utils/figures';
import { CsvDownloadButton } from './CsvDownloadButton';
import { EChart } from './EChart';

interface Props {
  id: string;
  title: string;
  /** What a row is, in the table's first column and the file's name: "Channel". */
  dimension: string;
  rows: readonly EngagementBreakdownRowFieldsFragment[];
}

/** The period's engagement by channel or format: bars or a table, and a CSV file. */
export function BreakdownPanel({ id, title, dimension, rows }: Props) {
  const option = useMemo(() => barsChartOption(rows), [rows]);
  return (
    <section className="panel" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {rows.length === 0 ? (
        <p className="empty">No figures in this period.</p>
      ) : (
        <>
          <CsvDownloadButton
            fileName={`engagement-by-${dimension.toLowerCase()}.csv`}
            header={[dimension, 'Engagement', 'Engagement rate', 'Rate basis', 'Impressions']}
            rows={() =>
              rows.map((row) => [
                row.label,
                csvFigure(row.engagement),
                row.engagementRate ? String(row.engagementRate.value) : '',
                row.engagementRate?.basis ?? '',
                csvFigure(valueOf(row, 'IMPRESSIONS')),
              ])
            }
          />
          <ChartOrTable
            subject={title.toLowerCase()}
            chart={<EChart option={option} label={title} />}
            table={
              <div className="table-wrap">
                <table className="table table--compact">
                  <caption className="visually-hidden">{title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{dimension}</th>
                      <th scope="col">Engagement</th>
                      <th scope="col">Engagement rate</th>
                      <th scope="col">Impressions</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => (
                      <tr key={row.key}>
                        <th scope="row">{row.label}</th>
                        <td>{formatFigure(row.engagement)}</td>
                        <td>{formatRate(row.engagementRate)}</td>
                        <td>{formatFigure(valueOf(row, 'IMPRESSIONS'))}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            }
          />
        </>
      )}
    </section>
  );
}
