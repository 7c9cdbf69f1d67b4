/** How a theme's count moved against the previous period of the same length, in words and arrow. */
export interface Trend {
  /** ▲ or ▼, or nothing: decorative, the words say it. */
  arrow: '▲' | '▼' | '';
  /** What is shown: "25%", "New", "No change". */
  shown: string;
  /** What a screen reader hears: "up 25% on the previous period". */
  words: string;
}

/**
 * The API's trendPercent is null when the previous period had no message of the theme: then the
 * theme is new, unless it has none now either. Up is not good or bad in itself (more mentions of
 * wait times is worse), so a trend is told without a colour that would judge it.
 */
export function themeTrend(theme: { count: number; previousCount: number; trendPercent: number | null }): Trend {
  const percent = theme.trendPercent;
  if (percent === null) {
    return theme.count > 0
      ? { arrow: '', shown: 'New', words: 'new: none in the previous period' }
      : { arrow: '', shown: 'None', words: 'none in either period' };
  }
  const rounded = Math.round(Math.abs(percent));
  if (rounded === 0) return { arrow: '', shown: 'No change', words: 'no change on the previous period' };
  return percent > 0
    ? { arrow: '▲', shown: `${rounded}%`, words: `up ${rounded}% on the previous period` }
    : { arrow: '▼', shown: `${rounded}%`, words: `down ${rounded}% on the previous period` };
}
