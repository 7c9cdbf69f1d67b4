import type { LiveQuestionFieldsFragment } from '@/generated/graphql';

export type PhiSpan = Pick<NonNullable<LiveQuestionFieldsFragment['phiFindings']>[number], 'type' | 'start' | 'end'>;

export interface TextSegment {
  text: string;
  /** The finding the segment was suspected by; absent for plain text. */
  finding?: PhiSpan;
}

/**
 * Cuts `text` into plain and suspected parts. Offsets are UTF-16 code units, which is what
 * String.prototype.slice counts. Spans out of range are clipped, empty ones dropped, and an
 * overlapping span only marks what the earlier one left unmarked, so no character is repeated.
 */
export function phiSegments(text: string, findings: readonly PhiSpan[]): TextSegment[] {
  const spans = findings
    .map((finding) => ({
      ...finding,
      start: Math.max(0, Math.min(finding.start, text.length)),
      end: Math.max(0, Math.min(finding.end, text.length)),
    }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const segments: TextSegment[] = [];
  let position = 0;
  for (const span of spans) {
    if (span.end <= position) continue;
    const start = Math.max(span.start, position);
    if (start > position) segments.push({ text: text.slice(position, start) });
    segments.push({ text: text.slice(start, span.end), finding: span });
    position = span.end;
  }
  if (position < text.length || segments.length === 0) segments.push({ text: text.slice(position) });
  return segments;
}
