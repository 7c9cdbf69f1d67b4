export interface HighlightSegment {
  text: string;
  /** The comments whose span covers this piece (none: plain text). */
  commentIds: string[];
}

/**
 * A text cut where comment spans begin and end, each piece with the comments covering it, so
 * overlapping spans still highlight every word once. Spans outside the text are clamped to it.
 */
export function highlightSegments(
  text: string,
  spans: readonly { id: string; start: number; end: number }[],
): HighlightSegment[] {
  const clamp = (at: number) => Math.min(Math.max(at, 0), text.length);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((span) => [clamp(span.start), clamp(span.end)])])].sort(
    (a, b) => a - b,
  );
  const segments: HighlightSegment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const [from, to] = [cuts[i], cuts[i + 1]];
    const commentIds = spans.filter((span) => span.start <= from && span.end >= to).map((span) => span.id);
    segments.push({ text: text.slice(from, to), commentIds });
  }
  return segments;
}
