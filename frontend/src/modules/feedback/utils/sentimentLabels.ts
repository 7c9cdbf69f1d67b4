import type { SentimentLabel } from '@/generated/graphql';

// Typed by the generated enum: a value added to the schema fails the build until labelled.
export const SENTIMENT_LABELS: Record<SentimentLabel, string> = {
  POSITIVE: 'Positive',
  NEUTRAL: 'Neutral',
  NEGATIVE: 'Negative',
};

/** Shown beside the word, never instead of it: the tone is told by text and shape, not colour alone. */
export const SENTIMENT_ICONS: Record<SentimentLabel, string> = {
  POSITIVE: '+',
  NEUTRAL: '○',
  NEGATIVE: '−',
};

export interface SentimentCounts {
  positive: number;
  neutral: number;
  negative: number;
}

const share = (part: number, total: number) => (total === 0 ? 0 : Math.round((part / total) * 100));

/** "3 positive (50%), 1 neutral (17%), 2 negative (33%)"; "No messages" when there are none. */
export function describeSentimentMix(mix: SentimentCounts): string {
  const total = mix.positive + mix.neutral + mix.negative;
  if (total === 0) return 'No messages';
  return [
    `${mix.positive} positive (${share(mix.positive, total)}%)`,
    `${mix.neutral} neutral (${share(mix.neutral, total)}%)`,
    `${mix.negative} negative (${share(mix.negative, total)}%)`,
  ].join(', ');
}

export const sentimentShare = share;
