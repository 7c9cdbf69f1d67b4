import { useRef } from 'react';
import { useQuery } from 'urql';
import { LiveQaSummaryDocument, type LiveQaSummaryQuery } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { useNearViewport } from '../hooks/useNearViewport';
import { formatFigure } from '../utils/figures';
import { formatShare } from '../utils/summaries';
import { CsvDownloadButton } from './CsvDownloadButton';
import { FigureTiles } from './FigureTiles';

type Summary = LiveQaSummaryQuery['liveQaSummary'];

/** Live Q&A's figures for the period: sessions held, joins, questions and how moderation treated them. */
export function LiveQaSummaryPanel({ from, to }: { from: string; to: string }) {
  const section = useRef<HTMLElement>(null);
  const near = useNearViewport(section);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: LiveQaSummaryDocument,
    variables: { from, to },
    pause: !near,
  });
  const summary = data?.liveQaSummary;
  return (
    <section ref={section} className="panel" aria-labelledby="analytics-live-title">
      <h2 id="analytics-live-title">Live Q&amp;A</h2>
      {!near ? null : error && !fetching ? (
        <ErrorState
          message={describeGraphqlError(error)}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : !summary ? (
        <LoadingState label="Counting the sessions…" />
      ) : summary.sessions === 0 ? (
        <p className="empty">No session went live in this period.</p>
      ) : (
        <LiveFigures summary={summary} />
      )}
    </section>
  );
}

function LiveFigures({ summary }: { summary: Summary }) {
  const tiles = [
    {
      label: 'Sessions',
      value: formatFigure(summary.sessions),
      note: `${formatFigure(summary.participants)} joins`,
    },
    {
      label: 'Questions',
      value: formatFigure(summary.questions),
      note: `${formatFigure(summary.pending)} waiting for a moderator`,
    },
    {
      label: 'Approved',
      value: formatShare(summary.approvalRate),
      note: `Of the questions decided: ${formatFigure(summary.approved + summary.answered)} approved, ${formatFigure(summary.rejected)} rejected`,
    },
    {
      label: 'Answered',
      value: formatShare(summary.answeredRate),
      note: `${formatFigure(summary.answered)} of ${formatFigure(summary.questions)} questions`,
    },
    {
      label: 'Held for suspected PHI',
      value: formatShare(summary.phiFlagRate),
      note: `${formatFigure(summary.phiFlagged)} of ${formatFigure(summary.questions)} questions held for a moderator`,
    },
  ];
  return (
    <>
      <FigureTiles label="The period’s live Q&A figures" tiles={tiles} />
      <p className="muted">
        Sessions counted on the day they went live ({summary.timezone} time), with everything asked in them.
      </p>
      <CsvDownloadButton
        fileName="live-qa-summary.csv"
        header={[
          'Sessions',
          'Joins',
          'Questions',
          'Pending',
          'Approved',
          'Answered',
          'Rejected',
          'Held for suspected PHI',
        ]}
        rows={() => [
          [
            summary.sessions,
            summary.participants,
            summary.questions,
            summary.pending,
            summary.approved,
            summary.answered,
            summary.rejected,
            summary.phiFlagged,
          ].map(String),
        ]}
      />
    </>
  );
}
