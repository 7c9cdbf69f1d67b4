import { useQuery } from 'urql';
import { CampaignPerformanceDocument } from '@/generated/graphql';
import { KPI_METRIC_LABELS } from '@/modules/campaign/utils/campaignLabels';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { Bar } from '@/ui/data-display/Bars';
import { Badge } from '@/ui/data-display/Badge';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { dayOf, formatFigure, formatRate, valueOf } from '../utils/figures';
import { describePace, describeProgress, PACE_LABELS, PACE_TONES } from '../utils/kpiProgress';
import '../styles/analytics.css';

/**
 * A campaign's performance: its content's figures since it started, and each KPI target's progress
 * (a bar, and the same in words) with its pace where the campaign has an end date.
 */
export function CampaignPerformancePanel({ campaignId }: { campaignId: string }) {
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: CampaignPerformanceDocument,
    variables: { campaignId },
  });
  const performance = data?.campaignPerformance;
  return (
    <section className="panel" aria-labelledby="campaign-performance-title">
      <h2 id="campaign-performance-title">Performance</h2>
      {error && !fetching ? (
        <ErrorState
          message={describeGraphqlError(error)}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      ) : !data ? (
        <LoadingState label="Adding up the campaign’s figures…" />
      ) : !performance ? (
        <p className="empty">No figures for this campaign.</p>
      ) : (
        <>
          <p>
            From {dayOf(performance.from, performance.timezone)} to {dayOf(performance.to, performance.timezone, true)}{' '}
            ({performance.timezone} time): engagement {formatFigure(performance.total.engagement)} (
            {formatRate(performance.total.engagementRate)}), impressions{' '}
            {formatFigure(valueOf(performance.total, 'IMPRESSIONS'))}; in the last 7 days, engagement{' '}
            {formatFigure(performance.recent.engagement)}.
          </p>
          {performance.kpis.length === 0 ? (
            <p className="muted">No KPI targets set.</p>
          ) : (
            <ul className="kpi-progress" aria-label="KPI targets">
              {performance.kpis.map((kpi) => {
                const pace = describePace(kpi);
                return (
                  <li key={kpi.metric} className="kpi-progress__item">
                    <p className="kpi-progress__head">
                      <strong>{KPI_METRIC_LABELS[kpi.metric]}</strong> {describeProgress(kpi)}{' '}
                      {kpi.pace && <Badge tone={PACE_TONES[kpi.pace]}>{PACE_LABELS[kpi.pace]}</Badge>}
                    </p>
                    {kpi.progress !== null && kpi.progress !== undefined && <Bar share={Math.min(1, kpi.progress)} />}
                    <p className="kpi-progress__note">
                      {pace ? `${pace}. ` : ''}
                      {kpi.measuredAs}.
                    </p>
                  </li>
                );
              })}
            </ul>
          )}
        </>
      )}
    </section>
  );
}
