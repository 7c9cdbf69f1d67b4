// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { DiffLineKind } from '@/generated/graphql';
import { defaultComparison, diffSummary, foldUnchanged, validateComparison } from '../utils/revisionDiff';

const line = (kind: DiffLineKind, text: string) => ({ kind, text });
const unchanged = (n: number) => Array.from({ length: n }, (_, i) => line('UNCHANGED', `line ${i + 1}`));

describe('foldUnchanged', () => {
  it('folds a long run of unchanged lines, keeping two lines of context beside each change', () => {
    const lines = [...unchanged(6), line('REMOVED', 'old'), line('ADDED', 'new'), ...unchanged(6)];
    const shown = foldUnchanged(lines).map((s) => (s.kind === 'folded' ? `…${s.count}` : s.line.text));
    expect(shown).toEqual(['…4', 'line 5', 'line 6', 'old', 'new', 'line 1', 'line 2', '…4']);
  });

  it('never folds a single line, nor a diff without changes around', () => {
    const lines = [...unchanged(3), line('ADDED', 'new')];
    expect(foldUnchanged(lines).every((s) => s.kind === 'line')).toBe(true);
  });
});

describe('choosing revisions', () => {
  it('compares the newest revision with the one before by default, and needs two', () => {
    expect(defaultComparison([1, 3, 2])).toEqual({ from: 2, to: 3 });
    expect(defaultComparison([1])).toBeNull();
  });

  it('refuses to compare a revision with itself', () => {
    expect(validateComparison(2, 2)).toBe('Choose two different revisions');
    expect(validateComparison(3, 1)).toBeUndefined();
  });

  it('counts the lines added and removed in words', () => {
    expect(diffSummary([line('ADDED', 'a'), line('ADDED', 'b'), line('REMOVED', 'c')])).toBe(
      '2 lines added, 1 line removed',
    );
    expect(diffSummary([line('UNCHANGED', 'a')])).toBe('');
  });
});
