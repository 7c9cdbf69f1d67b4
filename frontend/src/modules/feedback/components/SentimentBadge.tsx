import type { SentimentLabel } from '@/generated/graphql';
import { SENTIMENT_ICONS, SENTIMENT_LABELS } from '../utils/sentimentLabels';
import '../styles/feedback.css';

const TONES: Record<SentimentLabel, string> = {
  POSITIVE: 'badge--success',
  NEUTRAL: 'badge--neutral',
  NEGATIVE: 'badge--warning',
};

interface Props {
  sentiment: { label: SentimentLabel } | null;
  /** Said before the word to a screen reader where nothing else names it ("Tone: Negative"). */
  prefix?: string;
}

/**
 * The tone of a thread or a patient's message as a small badge: a sign and the word, so it never
 * rests on colour alone. Nothing before the patient's first message.
 */
export function SentimentBadge({ sentiment, prefix }: Props) {
  if (!sentiment) return null;
  return (
    <span className={`badge sentiment-badge ${TONES[sentiment.label]}`}>
      {prefix && <span className="visually-hidden">{prefix} </span>}
      <span className="sentiment-badge__icon" aria-hidden="true">
        {SENTIMENT_ICONS[sentiment.label]}
      </span>
      {SENTIMENT_LABELS[sentiment.label]}
    </span>
  );
}
