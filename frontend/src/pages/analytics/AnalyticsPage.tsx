import { useMemo } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { AnalyticsFilterOptionsDocument, AnalyticsHomeDocument } from '@/generated/graphql';
import { AnalyticsFilters } from '@/modules/analytics/components/AnalyticsFilters';
import { BestTimesPanel } from '@/modules/analytics/components/BestTimesPanel';
import { BreakdownPanel } from '@/modules/analytics/components/BreakdownPanel';
import { CadencePanel } from '@/modules/analytics/components/CadencePanel';
import { FeedbackSummaryPanel } from '@/modules/analytics/components/FeedbackSummaryPanel';
import { KpiTiles } from '@/modules/analytics/components/KpiTiles';
import { LiveQaSummaryPanel } from '@/modules/analytics/components/LiveQaSummaryPanel';
import { SeriesPanel } from '@/modules/analytics/components/SeriesPanel';
import { TopContentPanel } from '@/modules/analytics/components/TopContentPanel';
import {
  engagementFilterOf,
  intervalFor,
  readAnalyticsFilters,
  writeAnalyticsFilters,
} from '@/modules/analytics/utils/analyticsFilters';
import { ENGAGEMENT_IMPORT_PATH } from '@/modules/analytics/utils/analyticsPaths';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { FORMAT_LABELS } from '@/modules/content/utils/contentLabels';
import { CHANNEL_LABELS } from '@/modules/segment/utils/channelLabels';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { useLastDefined } from '@/ui/hooks/useLastDefined';
import { useNow } from '@/ui/hooks/useNow';
import { useQueryStringState } from '@/ui/hooks/useQueryStringState';
import { PageHeading } from '@/ui/layout/PageHeading';
import { dayRangeOf, daysIn, describeDayRange, instantsOf, isoDay } from '@/ui/utils/dayRange';
import '@/modules/analytics/styles/analytics.css';

export function AnalyticsPage() {
  const { canReadAnalytics } = usePermissions();
  return (
    <RequirePermission allowed={canReadAnalytics} what="see the engagement figures">
      <Analytics />
    </RequirePermission>
  );
}

function Analytics() {
  const { canImportEngagement } = usePermissions();
  const filters = useQueryStringState(readAnalyticsFilters, writeAnalyticsFilters);
  // The day, read again every minute: a preset moves on at midnight, and no sooner.
  const today = isoDay(new Date(useNow()));
  const days = useMemo(() => dayRangeOf(filters.values, new Date(`${today}T12:00:00`)), [filters.values, today]);
  const interval = intervalFor(days, filters.values.interval);
  const channel = filters.values.channel;
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: AnalyticsHomeDocument,
    variables: { filter: engagementFilterOf(days, filters.values), interval },
  });
  // Asked for once the figures are in: the choices wait, the first figures do not.
  const [optionsResult] = useQuery({
    query: AnalyticsFilterOptionsDocument,
    variables: { period: instantsOf(days) },
    pause: !data,
  });
  const campaigns = useMemo(
    () => optionsResult.data?.campaigns.edges.map(({ node }) => ({ value: node.id, label: node.name })) ?? [],
    [optionsResult.data],
  );
  const topics = useMemo(
    () => optionsResult.data?.topics.rows.map((row) => ({ value: row.key, label: row.label })) ?? [],
    [optionsResult.data],
  );
  const campaign = campaigns.find((option) => option.value === filters.values.campaign);
  // While the next period loads, the last one stays on screen (marked busy) rather than flashing away.
  const home = useLastDefined(data);
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <PageHeading
        title="Analytics"
        description="How the organisation’s posts engage, from the figures the platforms report."
        actions={
          canImportEngagement ? (
            <Link className="button" to={ENGAGEMENT_IMPORT_PATH}>
              Import figures
            </Link>
          ) : undefined
        }
      />
      <AnalyticsFilters
        key={JSON.stringify(filters.values)}
        values={filters.values}
        campaigns={campaigns}
        topics={topics}
        onApply={(values) => filters.apply({ ...values, interval: filters.values.interval })}
      />
      <p className="analytics-period">
        {describeDayRange(days)}
        {channel ? `, ${CHANNEL_LABELS[channel]} only` : ', every channel'}
        {filters.values.format ? `, ${FORMAT_LABELS[filters.values.format].toLowerCase()} content` : ''}
        {filters.values.campaign ? `, ${campaign ? campaign.label : 'one campaign'}` : ''}
        {filters.values.topic ? `, on ${filters.values.topic}` : ''}
        {home ? `; days and hours in ${home.series.timezone} time.` : '.'}
      </p>
      {error && !fetching ? (
        <ErrorState message={describeGraphqlError(error)} onRetry={reload} />
      ) : !home ? (
        <LoadingState label="Adding up the figures…" />
      ) : (
        <div aria-busy={fetching}>
          <KpiTiles total={home.series.total} />
          <SeriesPanel
            series={home.series}
            days={daysIn(days.from, days.to)}
            onInterval={(next) => filters.apply({ ...filters.values, interval: next })}
          />
          <div className="analytics-grid">
            <BreakdownPanel
              id="analytics-channels"
              title="Engagement by channel"
              dimension="Channel"
              rows={home.byChannel.rows}
            />
            <BreakdownPanel
              id="analytics-formats"
              title="Engagement by format"
              dimension="Format"
              rows={home.byFormat.rows}
            />
          </div>
          <TopContentPanel items={home.topContent.items} />
          <BestTimesPanel initialChannel={channel || 'FACEBOOK'} />
          <CadencePanel {...instantsOf(days)} />
          <div className="analytics-grid">
            <FeedbackSummaryPanel {...instantsOf(days)} />
            <LiveQaSummaryPanel {...instantsOf(days)} />
          </div>
        </div>
      )}
    </>
  );
}
