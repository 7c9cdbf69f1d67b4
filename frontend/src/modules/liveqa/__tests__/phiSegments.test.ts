// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { phiSegments } from '../utils/phiSegments';

const text = 'Please call me at 617-555-0134 about my results';

describe('phiSegments', () => {
  it('returns the whole text as one plain segment without findings', () => {
    expect(phiSegments(text, [])).toEqual([{ text }]);
  });

  it('cuts out a suspected span by its UTF-16 offsets', () => {
    const finding = { type: 'PHONE' as const, start: 18, end: 30 };
    expect(phiSegments(text, [finding])).toEqual([
      { text: 'Please call me at ' },
      { text: '617-555-0134', finding },
      { text: ' about my results' },
    ]);
  });

  it('counts characters outside the BMP as two code units, as the server does', () => {
    const withEmoji = '🤒 Fever since 03/02/2026';
    const start = withEmoji.indexOf('03');
    const segments = phiSegments(withEmoji, [{ type: 'PERSONAL_DATE', start, end: withEmoji.length }]);
    expect(start).toBe(15);
    expect(segments.map((s) => s.text)).toEqual(['🤒 Fever since ', '03/02/2026']);
  });

  it('sorts findings, clips them to the text and drops empty ones', () => {
    const segments = phiSegments('abcdef', [
      { type: 'ZIP_CODE', start: 4, end: 99 },
      { type: 'EMAIL', start: 0, end: 1 },
      { type: 'URL', start: 3, end: 3 },
    ]);
    expect(segments.map((s) => [s.text, s.finding?.type])).toEqual([
      ['a', 'EMAIL'],
      ['bcd', undefined],
      ['ef', 'ZIP_CODE'],
    ]);
  });

  it('marks overlapping findings without repeating characters', () => {
    const segments = phiSegments('0123456789', [
      { type: 'PERSON_NAME', start: 2, end: 6 },
      { type: 'PHONE', start: 4, end: 8 },
      { type: 'SSN', start: 3, end: 5 },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('0123456789');
    expect(segments.map((s) => [s.text, s.finding?.type])).toEqual([
      ['01', undefined],
      ['2345', 'PERSON_NAME'],
      ['67', 'PHONE'],
      ['89', undefined],
    ]);
  });
});
