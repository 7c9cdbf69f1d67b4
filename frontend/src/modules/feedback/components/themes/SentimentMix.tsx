import { StackedBar } from '@/ui/data-display/Bars';
import { describeSentimentMix, type SentimentCounts } from '../../utils/sentimentLabels';

/** A sentiment mix as a stacked bar (positive, neutral, negative) with the counts in words beside it. */
export function SentimentMix({ mix }: { mix: SentimentCounts }) {
  return (
    <div className="sentiment-mix">
      <StackedBar
        segments={[
          { value: mix.positive, tone: 'positive' },
          { value: mix.neutral, tone: 'neutral' },
          { value: mix.negative, tone: 'negative' },
        ]}
      />
      <span className="sentiment-mix__words">{describeSentimentMix(mix)}</span>
    </div>
  );
}
