import type { FeedbackThemeFieldsFragment } from '@/generated/graphql';
import { DataTable, type Column } from '@/ui/data-display/DataTable';
import { ThemeName, type DrillDown } from './ThemeName';
import { TrendText } from './TrendText';

type Row = FeedbackThemeFieldsFragment & { id: string };

const columns = (drillDown?: DrillDown): readonly Column<Row>[] => [
  { header: 'Theme', rowHeader: true, cell: (theme) => <ThemeName theme={theme} drillDown={drillDown} /> },
  { header: 'Messages', cell: (theme) => theme.count },
  { header: 'Threads', cell: (theme) => theme.threads },
  { header: 'Previous period', cell: (theme) => theme.previousCount },
  { header: 'Trend', cell: (theme) => <TrendText theme={theme} /> },
  { header: 'Positive', cell: (theme) => theme.sentiment.positive },
  { header: 'Neutral', cell: (theme) => theme.sentiment.neutral },
  { header: 'Negative', cell: (theme) => theme.sentiment.negative },
  { header: 'Average tone', cell: (theme) => theme.sentiment.averageScore.toFixed(2) },
];

/** The chart's figures as a table, for exact numbers and for screen readers. */
export function ThemeTable({
  themes,
  caption,
  drillDown,
}: {
  themes: readonly FeedbackThemeFieldsFragment[];
  caption: string;
  drillDown?: DrillDown;
}) {
  return (
    <DataTable
      caption={caption}
      columns={columns(drillDown)}
      rows={themes.map((theme) => ({ ...theme, id: theme.key }))}
    />
  );
}
