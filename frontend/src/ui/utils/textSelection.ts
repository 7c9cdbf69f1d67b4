export interface TextSpan {
  start: number;
  end: number;
}

/**
 * The span [start, end) of a container's text that a range covers, counted in UTF-16 code units
 * as JavaScript strings count them; null when the range is empty or not wholly inside the
 * container. The container's text must be exactly the text the offsets are into (no hidden labels).
 */
export function rangeOffsets(container: Node, range: Range): TextSpan | null {
  if (range.collapsed || !container.contains(range.startContainer) || !container.contains(range.endContainer))
    return null;
  const before = document.createRange();
  before.selectNodeContents(container);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}
