import { describe, expect, it } from 'vitest';
import { firstResponseState, formatSpan } from '../utils/firstResponse';
import { threadSummary } from './feedbackFixtures';

// Due at noon; "now" is fixed in each case.
const at = (iso: string) => Date.parse(iso);

describe('firstResponseState', () => {
  it('says how long is left before the first reply is due', () => {
    expect(firstResponseState(threadSummary(), at('2026-12-03T11:25:00Z')).text).toBe('Due in 35 min');
    expect(firstResponseState(threadSummary(), at('2026-12-03T08:50:00Z')).text).toBe('Due in 3 h');
    expect(firstResponseState(threadSummary(), at('2026-11-30T12:00:00Z')).text).toBe('Due in 3 days');
  });

  it('says how long it is overdue, from the server’s flag or a due time passed since the page read it', () => {
    const overdue = threadSummary({ overdue: true });
    expect(firstResponseState(overdue, at('2026-12-03T14:10:00Z'))).toEqual({
      kind: 'overdue',
      text: 'Overdue by 2 h',
      tone: 'warning',
    });
    expect(firstResponseState(threadSummary(), at('2026-12-03T12:40:00Z')).text).toBe('Overdue by 40 min');
  });

  it('says answered once staff replied, whatever the time', () => {
    const answered = threadSummary({ firstRespondedAt: '2026-12-03T13:00:00Z', overdue: false });
    expect(firstResponseState(answered, at('2026-12-05T00:00:00Z'))).toMatchObject({
      kind: 'answered',
      text: 'Answered',
    });
  });

  it('expects nothing of a thread resolved without a reply', () => {
    const resolved = threadSummary({ status: 'RESOLVED' });
    expect(firstResponseState(resolved, at('2026-12-05T00:00:00Z')).text).toBe('No reply needed');
  });
});

describe('formatSpan', () => {
  it('rounds down to minutes, hours or days', () => {
    expect(formatSpan(30_000)).toBe('less than a minute');
    expect(formatSpan(59 * 60_000)).toBe('59 min');
    expect(formatSpan(47 * 3_600_000)).toBe('47 h');
    expect(formatSpan(49 * 3_600_000)).toBe('2 days');
  });
});
