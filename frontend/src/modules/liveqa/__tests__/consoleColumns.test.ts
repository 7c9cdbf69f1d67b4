import { describe, expect, it } from 'vitest';
import { liveQuestion } from '@/testing/fixtures';
import { consoleColumns, neighbourOf, selectionOrder } from '../utils/consoleColumns';

const q = (id: string, overrides: Parameters<typeof liveQuestion>[0] = {}) => liveQuestion({ id, ...overrides });

describe('consoleColumns', () => {
  const questions = [
    q('p-new', { createdAt: '2026-12-10T18:10:00Z' }),
    q('p-old', { createdAt: '2026-12-10T18:01:00Z' }),
    q('a-few', { status: 'APPROVED', upvoteCount: 1 }),
    q('a-many', { status: 'APPROVED', upvoteCount: 9 }),
    q('a-pinned', { status: 'APPROVED', upvoteCount: 0 }),
    q('done-early', { status: 'ANSWERED', answer: { text: null, answeredAt: '2026-12-10T18:20:00Z' } }),
    q('done-late', { status: 'ANSWERED', answer: { text: 'Yes', answeredAt: '2026-12-10T18:30:00Z' } }),
    q('gone', { status: 'REJECTED' }),
    q('gone-too', { status: 'REJECTED' }),
  ];
  const columns = consoleColumns(questions, 'a-pinned');

  it('puts pending questions oldest first', () => {
    expect(columns.pending.map((x) => x.id)).toEqual(['p-old', 'p-new']);
  });

  it('puts the pinned approved question first, then the most upvoted', () => {
    expect(columns.approved.map((x) => x.id)).toEqual(['a-pinned', 'a-many', 'a-few']);
  });

  it('puts the most recently answered first', () => {
    expect(columns.answered.map((x) => x.id)).toEqual(['done-late', 'done-early']);
  });

  it('hides rejected questions and counts them', () => {
    expect(columns.rejectedCount).toBe(2);
    expect(selectionOrder(columns)).not.toContain('gone');
  });

  it('walks the columns in order for keyboard selection', () => {
    expect(selectionOrder(columns)).toEqual([
      'p-old',
      'p-new',
      'a-pinned',
      'a-many',
      'a-few',
      'done-late',
      'done-early',
    ]);
  });

  it('finds the neighbour within the same column, or null for a lone question', () => {
    expect(neighbourOf(columns, 'p-old')).toBe('p-new');
    expect(neighbourOf(columns, 'p-new')).toBe('p-old');
    expect(neighbourOf(consoleColumns([q('alone')], null), 'alone')).toBeNull();
  });
});
