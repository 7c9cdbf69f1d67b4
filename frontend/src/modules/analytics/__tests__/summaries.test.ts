import { describe, expect, it } from 'vitest';
import { describeTone, formatMinutes, formatShare, positiveShare } from '../utils/summaries';

describe('summaries', () => {
  it('says a first-reply time in minutes, hours or days as a person reads it', () => {
    expect(formatMinutes(null)).toBe('–');
    expect(formatMinutes(44.6)).toBe('45 min');
    expect(formatMinutes(120)).toBe('2 h');
    expect(formatMinutes(135)).toBe('2 h 15 min');
    expect(formatMinutes(1485)).toBe('24 h 45 min');
    expect(formatMinutes(2880)).toBe('2 d');
    expect(formatMinutes(4470)).toBe('3 d 2 h');
  });

  it('says shares and the tone of what was written, or that there was nothing to count', () => {
    expect(formatShare(null)).toBe('–');
    expect(formatShare(0.8333)).toBe('83.3%');
    expect(positiveShare({ positive: 0, neutral: 0, negative: 0 })).toBe('–');
    expect(describeTone({ positive: 0, neutral: 0, negative: 0 })).toBe('Nothing written in the period');
    expect(describeTone({ positive: 1, neutral: 1, negative: 2 })).toBe('25% positive, 25% neutral, 50% negative');
  });
});
