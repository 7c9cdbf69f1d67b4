import { describe, expect, it } from 'vitest';
import { markedSegments } from '../utils/markedSegments';

describe('markedSegments', () => {
  it('cuts a text into plain and marked parts, each mark with its label', () => {
    expect(markedSegments('Call 555-0134 now', [{ start: 5, end: 13, label: 'suspected phone number' }])).toEqual([
      { text: 'Call ' },
      { text: '555-0134', label: 'suspected phone number' },
      { text: ' now' },
    ]);
  });

  it('marks overlapping spans once and clips spans past the end', () => {
    const segments = markedSegments('your appointment', [
      { start: 0, end: 16, label: 'confirms a patient' },
      { start: 5, end: 40, label: 'suspected personal date' },
    ]);
    expect(segments).toEqual([{ text: 'your appointment', label: 'confirms a patient' }]);
  });
});
