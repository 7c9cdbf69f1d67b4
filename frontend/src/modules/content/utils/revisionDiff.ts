import type { ContentRevisionDiffQuery } from '@/generated/graphql';

type FieldDiff = NonNullable<ContentRevisionDiffQuery['content']>['revisionDiff'][number];
type DiffLine = FieldDiff['lines'][number];

/** A line of a diff as shown, or a run of unchanged lines folded away. */
export type ShownLine = { kind: 'line'; line: DiffLine } | { kind: 'folded'; count: number };

/**
 * The lines of a field's diff with long runs of unchanged lines folded, keeping `context` lines
 * next to each change so the reader sees where it is. A fold of a single line is not worth it.
 */
export function foldUnchanged(lines: readonly DiffLine[], context = 2): ShownLine[] {
  const changed = lines.map((line, index) => (line.kind === 'UNCHANGED' ? -1 : index)).filter((i) => i >= 0);
  const near = (index: number) => changed.some((at) => Math.abs(at - index) <= context);
  const shown: ShownLine[] = [];
  let run: DiffLine[] = [];
  const flush = () => {
    if (run.length > 1) shown.push({ kind: 'folded', count: run.length });
    else shown.push(...run.map((line) => ({ kind: 'line' as const, line })));
    run = [];
  };
  lines.forEach((line, index) => {
    if (line.kind === 'UNCHANGED' && !near(index)) run.push(line);
    else {
      flush();
      shown.push({ kind: 'line', line });
    }
  });
  flush();
  return shown;
}

/** The pair to compare first: the revision before the newest, and the newest. */
export function defaultComparison(numbers: readonly number[]): { from: number; to: number } | null {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted.length < 2 ? null : { from: sorted[sorted.length - 2], to: sorted[sorted.length - 1] };
}

/** Why two revisions cannot be compared, if they cannot. */
export const validateComparison = (from: number, to: number) =>
  from === to ? 'Choose two different revisions' : undefined;

/** "+ 2 lines added, 1 removed" in words, for a field's heading. */
export function diffSummary(lines: readonly DiffLine[]): string {
  const added = lines.filter((line) => line.kind === 'ADDED').length;
  const removed = lines.filter((line) => line.kind === 'REMOVED').length;
  const count = (n: number, what: string) => `${n} ${n === 1 ? 'line' : 'lines'} ${what}`;
  return [added && count(added, 'added'), removed && count(removed, 'removed')].filter(Boolean).join(', ');
}
