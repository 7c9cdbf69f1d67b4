import './bars.css';

export type BarTone = 'primary' | 'chosen' | 'positive' | 'neutral' | 'negative';

/** Keeps a share in 0–100, as a percentage of the bar's track. */
const percentOf = (share: number) => (Number.isFinite(share) ? Math.min(100, Math.max(0, share * 100)) : 0);

/**
 * A horizontal bar filled to `share` (0 to 1) of its track. Drawn in SVG, whose lengths are
 * attributes rather than a style the content security policy would refuse, and hidden from
 * assistive technology: the figures written beside it say the same in words.
 */
export function Bar({ share, tone = 'primary' }: { share: number; tone?: BarTone }) {
  return (
    <svg className="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className={`bar__fill bar__fill--${tone}`} width={percentOf(share)} height="10" />
    </svg>
  );
}

export interface BarSegment {
  value: number;
  tone: BarTone;
}

/** One bar split into its parts (a sentiment mix), each as wide as its share of the whole. */
export function StackedBar({ segments }: { segments: readonly BarSegment[] }) {
  const total = segments.reduce((sum, segment) => sum + Math.max(0, segment.value), 0);
  const widths = segments.map((segment) => (total > 0 ? percentOf(Math.max(0, segment.value) / total) : 0));
  const starts = widths.map((_, index) => widths.slice(0, index).reduce((sum, width) => sum + width, 0));
  return (
    <svg className="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      {segments.map((segment, index) =>
        widths[index] > 0 ? (
          <rect
            key={index}
            className={`bar__fill bar__fill--${segment.tone}`}
            x={starts[index]}
            width={widths[index]}
            height="10"
          />
        ) : null,
      )}
    </svg>
  );
}
