export interface MarkedSpan {
  start: number;
  end: number;
  /** What the span is, said beside it: "suspected phone number". */
  label: string;
}

export interface MarkedSegment {
  text: string;
  /** The span's label; absent for plain text. */
  label?: string;
}

/**
 * Cuts `text` into plain and marked parts. Offsets are UTF-16 code units, as the API counts them
 * and String.prototype.slice does. Spans out of range are clipped, empty ones dropped, and an
 * overlapping span marks only what an earlier one left unmarked, so no character is repeated.
 */
export function markedSegments(text: string, spans: readonly MarkedSpan[]): MarkedSegment[] {
  const clip = (at: number) => Math.max(0, Math.min(at, text.length));
  const sorted = spans
    .map((span) => ({ ...span, start: clip(span.start), end: clip(span.end) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: MarkedSegment[] = [];
  let position = 0;
  for (const span of sorted) {
    if (span.end <= position) continue;
    const start = Math.max(span.start, position);
    if (start > position) segments.push({ text: text.slice(position, start) });
    segments.push({ text: text.slice(start, span.end), label: span.label });
    position = span.end;
  }
  if (position < text.length || segments.length === 0) segments.push({ text: text.slice(position) });
  return segments;
}
