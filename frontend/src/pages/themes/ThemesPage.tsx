import { useMemo } from 'react';
import { useQuery } from 'urql';
import { FeedbackThemesDocument, type FeedbackThemesQuery } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { EmergingPhrases } from '@/modules/feedback/components/themes/EmergingPhrases';
import { OverallSentiment } from '@/modules/feedback/components/themes/OverallSentiment';
import { ThemeBarChart } from '@/modules/feedback/components/themes/ThemeBarChart';
import { ThemeFilters } from '@/modules/feedback/components/themes/ThemeFilters';
import type { DrillDown } from '@/modules/feedback/components/themes/ThemeName';
import { ThemeTable } from '@/modules/feedback/components/themes/ThemeTable';
import { SOURCE_LABELS } from '@/modules/feedback/utils/feedbackLabels';
import {
  dayRangeOf,
  describeDayRange,
  instantsOf,
  isoDay,
  previousRangeOf,
  readThemeFilters,
  writeThemeFilters,
} from '@/modules/feedback/utils/themePeriod';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { ChartOrTable } from '@/ui/data-display/ChartOrTable';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { useLastDefined } from '@/ui/hooks/useLastDefined';
import { useNow } from '@/ui/hooks/useNow';
import { useQueryStringState } from '@/ui/hooks/useQueryStringState';
import { PageHeading } from '@/ui/layout/PageHeading';
import '@/modules/feedback/styles/feedback.css';

const TITLE = 'Feedback themes';

export function ThemesPage() {
  const { canReadFeedbackThemes } = usePermissions();
  return (
    <RequirePermission allowed={canReadFeedbackThemes} what="see the themes of patient feedback">
      <Themes />
    </RequirePermission>
  );
}

function Themes() {
  const { canReadInbox } = usePermissions();
  const filters = useQueryStringState(readThemeFilters, writeThemeFilters);
  // The day, read again every minute: a preset moves on at midnight, and no sooner.
  const today = isoDay(new Date(useNow()));
  const days = useMemo(() => dayRangeOf(filters.values, new Date(`${today}T12:00:00`)), [filters.values, today]);
  const source = filters.values.source;
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: FeedbackThemesDocument,
    variables: { ...instantsOf(days), source: source ? [source] : null },
  });
  // While the next period loads, the last one stays on screen (marked busy) rather than flashing away.
  const themes = useLastDefined(data?.feedbackThemes);
  const drillDown: DrillDown | undefined = canReadInbox ? { days, source } : undefined;
  const reload = () => reexecute({ requestPolicy: 'network-only' });

  return (
    <>
      <PageHeading
        title={TITLE}
        description="What patients’ messages, survey answers and live questions talk about, how often against the period before, and how they feel."
      />
      <ThemeFilters key={JSON.stringify(filters.values)} values={filters.values} onApply={filters.apply} />
      <p className="themes-period">
        {describeDayRange(days)}
        {source ? `, ${SOURCE_LABELS[source]} only` : ', every source'}; compared with{' '}
        {describeDayRange(previousRangeOf(days))}.
      </p>
      {error && !fetching ? (
        <ErrorState message={describeGraphqlError(error)} onRetry={reload} />
      ) : !themes ? (
        <LoadingState label="Counting the themes…" />
      ) : (
        <div aria-busy={fetching}>
          {themes.messages === 0 ? (
            <p className="empty">No patient messages in this period{source ? ` from ${SOURCE_LABELS[source]}` : ''}.</p>
          ) : (
            <ThemeSections themes={themes} drillDown={drillDown} />
          )}
        </div>
      )}
    </>
  );
}

interface SectionsProps {
  themes: FeedbackThemesQuery['feedbackThemes'];
  drillDown?: DrillDown;
}

function ThemeSections({ themes, drillDown }: SectionsProps) {
  return (
    <>
      <OverallSentiment messages={themes.messages} sentiment={themes.sentiment} />
      <section aria-labelledby="themes-title">
        <h2 id="themes-title">Themes</h2>
        <p className="muted">
          Your taxonomy’s themes, most frequent first.
          {drillDown &&
            ' Choose one to see its conversations in the inbox: those received in this period (survey answers and live questions not sent to the inbox are counted here only).'}
        </p>
        {themes.themes.length === 0 ? (
          <p>None of your themes came up in this period.</p>
        ) : (
          <ChartOrTable
            subject="the themes"
            chart={<ThemeBarChart themes={themes.themes} drillDown={drillDown} />}
            table={<ThemeTable themes={themes.themes} caption="Themes" drillDown={drillDown} />}
          />
        )}
      </section>
      <EmergingPhrases phrases={themes.emerging} drillDown={drillDown} />
    </>
  );
}
