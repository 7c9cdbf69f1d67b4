import { describe, expect, it } from 'vitest';
import { rangeOffsets } from '../utils/textSelection';

function container(html: string) {
  const element = document.createElement('pre');
  element.innerHTML = html;
  document.body.append(element);
  return element;
}

describe('rangeOffsets', () => {
  it('counts a selection across marked words as offsets into the whole text', () => {
    const pre = container('Scrub for <mark>twenty</mark> seconds.');
    const range = document.createRange();
    range.setStart(pre.firstChild!, 6);
    range.setEnd(pre.lastChild!, 8);
    expect(rangeOffsets(pre, range)).toEqual({ start: 6, end: 24 });
    expect(pre.textContent!.slice(6, 24)).toBe('for twenty seconds');
  });

  it('ignores an empty selection and one that leaves the container', () => {
    const pre = container('Use soap.');
    const outside = container('Elsewhere');
    const collapsed = document.createRange();
    collapsed.setStart(pre.firstChild!, 2);
    expect(rangeOffsets(pre, collapsed)).toBeNull();
    const across = document.createRange();
    across.setStart(pre.firstChild!, 0);
    across.setEnd(outside.firstChild!, 3);
    expect(rangeOffsets(pre, across)).toBeNull();
  });
});
