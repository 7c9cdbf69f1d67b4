import type { FeedbackThemeFieldsFragment } from '@/generated/graphql';
import { Bar } from '@/ui/data-display/Bars';
import { SentimentMix } from './SentimentMix';
import { ThemeName, type DrillDown } from './ThemeName';
import { TrendText } from './TrendText';

const messages = (count: number) => `${count} ${count === 1 ? 'message' : 'messages'}`;

/**
 * The themes as horizontal bars, most frequent first: each with its messages, its trend and its
 * sentiment mix, in words as well as drawn, so the list reads whole without the bars.
 */
export function ThemeBarChart({
  themes,
  drillDown,
}: {
  themes: readonly FeedbackThemeFieldsFragment[];
  drillDown?: DrillDown;
}) {
  const most = Math.max(1, ...themes.map((theme) => theme.count));
  return (
    <ol className="theme-chart" aria-label="Themes, most frequent first">
      {themes.map((theme) => (
        <li key={theme.key} className="theme-chart__row">
          <span className="theme-chart__name">
            <ThemeName theme={theme} drillDown={drillDown} />
          </span>
          <span className="theme-chart__count">
            <Bar share={theme.count / most} />
            <span className="theme-chart__figure">{messages(theme.count)}</span>
          </span>
          <span className="theme-chart__trend">
            <TrendText theme={theme} />
          </span>
          <span className="theme-chart__mix">
            <SentimentMix mix={theme.sentiment} />
          </span>
        </li>
      ))}
    </ol>
  );
}
