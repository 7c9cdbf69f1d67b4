import { useMemo, useRef } from 'react';
import { useQuery } from 'urql';
import { FeedbackSummaryDocument, type FeedbackSummaryQuery } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { SOURCE_LABELS, STATUS_LABELS } from '@/modules/feedback/utils/feedbackLabels';
import { ChartOrTable } from '@/ui/data-display/ChartOrTable';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { useNearViewport } from '../hooks/useNearViewport';
import { barsChartOption } from '../utils/chartOptions';
import { formatFigure } from '../utils/figures';
import { describeTone, formatMinutes, positiveShare } from '../utils/summaries';
import { CsvDownloadButton } from './CsvDownloadButton';
import { FigureTiles } from './FigureTiles';
import { EChart } from './EChart';

type Summary = FeedbackSummaryQuery['feedbackSummary'];

/** The inbox's figures for the period: threads by source and status, first replies, tone and themes. */
export function FeedbackSummaryPanel({ from, to }: { from: string; to: string }) {
  const section = useRef<HTMLElement>(null);
  const near = useNearViewport(section);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: FeedbackSummaryDocument,
    variables: { from, to },
    pause: !near,
  });
  const summary = data?.feedbackSummary;
  return (
    <section ref={section} className="panel" aria-labelledby="analytics-feedback-title">
      <h2 id="analytics-feedback-title">Patient feedback</h2>
      {!near ? null : error && !fetching ? (
        <ErrorState
          message={describeGraphqlError(error)}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : !summary ? (
        <LoadingState label="Counting the feedback…" />
      ) : summary.threads === 0 && summary.messages === 0 ? (
        <p className="empty">No feedback in this period.</p>
      ) : (
        <FeedbackFigures summary={summary} />
      )}
    </section>
  );
}

function FeedbackFigures({ summary }: { summary: Summary }) {
  const rows = useMemo(
    () => summary.bySource.map((row) => ({ label: SOURCE_LABELS[row.source], engagement: row.threads })),
    [summary.bySource],
  );
  const option = useMemo(() => barsChartOption(rows, 'Threads'), [rows]);
  const tiles = [
    {
      label: 'Threads opened',
      value: formatFigure(summary.threads),
      note: `${formatFigure(summary.messages)} messages, survey answers and live questions`,
    },
    {
      label: 'Median first reply',
      value: formatMinutes(summary.medianFirstResponseMinutes),
      note: `${formatFigure(summary.responded)} of ${formatFigure(summary.threads)} threads answered`,
    },
    {
      label: 'Late first replies',
      value: formatFigure(summary.slaBreaches),
      note: `Past the first-response time; ${formatFigure(summary.overdue)} still waiting`,
    },
    { label: 'Positive', value: positiveShare(summary.sentiment), note: describeTone(summary.sentiment) },
  ];
  return (
    <>
      <FigureTiles label="The period’s feedback figures" tiles={tiles} />
      <p>
        Now:{' '}
        {summary.byStatus
          .filter((row) => row.threads > 0)
          .map((row) => `${formatFigure(row.threads)} ${STATUS_LABELS[row.status].toLowerCase()}`)
          .join(', ') || 'no threads'}
        .
      </p>
      {summary.topThemes.length > 0 ? (
        <p>
          Most mentioned: {summary.topThemes.map((theme) => `${theme.label} (${formatFigure(theme.count)})`).join(', ')}
          .
        </p>
      ) : null}
      <p className="muted">
        Threads counted on the day the patient wrote ({summary.timezone} time), as they stand now.
      </p>
      {summary.bySource.length > 0 ? (
        <>
          <CsvDownloadButton
            fileName="feedback-by-source.csv"
            header={['Source', 'Threads', 'Unresolved']}
            rows={() =>
              summary.bySource.map((row) => [SOURCE_LABELS[row.source], String(row.threads), String(row.unresolved)])
            }
          />
          <ChartOrTable
            subject="feedback threads by source"
            chart={<EChart option={option} label="Feedback threads by source" />}
            table={
              <div className="table-wrap">
                <table className="table table--compact">
                  <caption className="visually-hidden">Feedback threads by source</caption>
                  <thead>
                    <tr>
                      <th scope="col">Source</th>
                      <th scope="col">Threads</th>
                      <th scope="col">Unresolved</th>
                    </tr>
                  </thead>
                  <tbody>
                    {summary.bySource.map((row) => (
                      <tr key={row.source}>
                        <th scope="row">{SOURCE_LABELS[row.source]}</th>
                        <td>{formatFigure(row.threads)}</td>
                        <td>{formatFigure(row.unresolved)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            }
          />
        </>
      ) : null}
    </>
  );
}
