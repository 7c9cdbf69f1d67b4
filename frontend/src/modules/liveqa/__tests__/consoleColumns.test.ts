import { describe, expect, it } from 'vitest';
import { liveQuestion } from '@/testing/fixtures';
import { consoleColumns, neighbourOf, queueCounts, selectionOrder } from '../utils/consoleColumns';

const q = (id: string, overrides: Parameters<typeof liveQuestion>[0] = {}) => liveQuestion({ id, ...overrides });
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('consoleColumns', () => {
  const questions = [
    q('p-new', { createdAt: '2026-12-10T18:10:00Z', upvoteCount: 0, text: 'Is flu contagious?' }),
    q('p-old', { createdAt: '2026-12-10T18:01:00Z', upvoteCount: 4, text: 'When should I call a doctor?' }),
    q('a-few', { status: 'APPROVED', upvoteCount: 1 }),
    q('a-many', { status: 'APPROVED', upvoteCount: 9 }),
    q('a-pinned', { status: 'APPROVED', upvoteCount: 0 }),
    q('done-early', { status: 'ANSWERED', answer: { text: null, answeredAt: '2026-12-10T18:20:00Z' } }),
    q('done-late', { status: 'ANSWERED', answer: { text: 'Yes', answeredAt: '2026-12-10T18:30:00Z' } }),
    q('gone', { status: 'REJECTED', createdAt: '2026-12-10T18:03:00Z' }),
    q('gone-too', { status: 'REJECTED', createdAt: '2026-12-10T18:04:00Z' }),
  ];
  const columns = consoleColumns(questions, 'a-pinned');

  it('puts pending questions oldest first by default', () => {
    expect(ids(columns.pending)).toEqual(['p-old', 'p-new']);
  });

  it('puts the pinned approved question first, then the most upvoted', () => {
    expect(ids(columns.approved)).toEqual(['a-pinned', 'a-many', 'a-few']);
  });

  it('puts the most recently answered first, and rejected newest first', () => {
    expect(ids(columns.answered)).toEqual(['done-late', 'done-early']);
    expect(ids(columns.rejected)).toEqual(['gone-too', 'gone']);
  });

  it('sorts a queue as asked: newest, oldest or by votes (the pinned one stays on top)', () => {
    const sorted = consoleColumns(questions, 'a-pinned', {
      sort: { pending: 'newest', approved: 'oldest', answered: 'oldest' },
    });
    expect(ids(sorted.pending)).toEqual(['p-new', 'p-old']);
    expect(ids(sorted.answered)).toEqual(['done-early', 'done-late']);
    expect(ids(sorted.approved)[0]).toBe('a-pinned');
    expect(ids(consoleColumns(questions, null, { sort: { pending: 'votes' } }).pending)).toEqual(['p-old', 'p-new']);
  });

  it('keeps only questions whose text holds the search, ignoring case', () => {
    const found = consoleColumns(questions, null, { search: '  FLU ' });
    expect(ids(found.pending)).toEqual(['p-new']);
    expect(found.approved).toEqual([]);
  });

  it('counts every queue, rejected included', () => {
    expect(queueCounts(questions)).toEqual({ pending: 2, approved: 3, answered: 2, rejected: 2 });
  });

  it('walks the lists on screen in order for keyboard selection', () => {
    const lists = [columns.pending, columns.approved, columns.answered];
    expect(selectionOrder(lists)).toEqual(['p-old', 'p-new', 'a-pinned', 'a-many', 'a-few', 'done-late', 'done-early']);
    expect(selectionOrder(lists)).not.toContain('gone');
  });

  it('finds the neighbour within the same list, or null for a lone question', () => {
    const lists = [columns.pending, columns.approved];
    expect(neighbourOf(lists, 'p-old')).toBe('p-new');
    expect(neighbourOf(lists, 'p-new')).toBe('p-old');
    expect(neighbourOf([consoleColumns([q('alone')], null).pending], 'alone')).toBeNull();
  });
});
