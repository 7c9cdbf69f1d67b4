// @vitest-environment node
import { describe, expect, it } from 'vitest';
import {
  columnLabel,
  engagementFileProblem,
  importOutcome,
  importProblems,
  measuredAtInput,
} from '../utils/engagementImport';
import { importPayload } from './importFixtures';

const error = (field: string[], message: string) => ({ field, code: 'INVALID' as const, message });

describe('an engagement import', () => {
  it('refuses an empty, oversized or non-CSV file before sending it', () => {
    expect(engagementFileProblem({ name: 'export.csv', size: 0 })).toBe('The file is empty: choose the export again.');
    expect(engagementFileProblem({ name: 'export.csv', size: 5 * 1024 * 1024 + 1 })).toMatch(/larger than 5 MB/);
    expect(engagementFileProblem({ name: 'export.xlsx', size: 10 })).toMatch(/^Choose a CSV file/);
    expect(engagementFileProblem({ name: 'EXPORT.CSV', size: 10 })).toBeUndefined();
  });

  it('reads the line of each problem from its field, and a file-wide problem has none', () => {
    expect(
      importProblems([
        error(['input', 'lines', '12', 'Impressions'], 'Line 12, Impressions: enter a number'),
        error(['input', 'fileId'], 'No known header in the first 10 lines'),
      ]),
    ).toEqual([
      { line: 12, message: 'Line 12, Impressions: enter a number' },
      { line: null, message: 'No known header in the first 10 lines' },
    ]);
  });

  it('is imported when figures were recorded, even with lines skipped, checked by a dry run, and refused when none were', () => {
    const layout = { id: 'facebook-posts', name: 'Facebook Page Insights: posts' };
    const skipped = error(['input', 'lines', '3', 'value'], 'Line 3, value: enter a number');
    expect(
      importOutcome(
        importPayload({
          layout,
          lines: 3,
          importedLines: 2,
          figures: 12,
          batchIds: ['b1'],
          userErrors: [skipped],
          recorded: true,
        }),
      ),
    ).toEqual({
      kind: 'imported',
      layout: 'Facebook Page Insights: posts',
      figures: 12,
      lines: 3,
      importedLines: 2,
      problems: [{ line: 3, message: 'Line 3, value: enter a number' }],
    });
    expect(importOutcome(importPayload({ layout, lines: 3, userErrors: [skipped] }))).toEqual({
      kind: 'refused',
      layout: 'Facebook Page Insights: posts',
      lines: 3,
      problems: [{ line: 3, message: 'Line 3, value: enter a number' }],
    });
    expect(importOutcome(importPayload()).kind).toBe('refused');
    expect(importOutcome(importPayload({ layout, lines: 3, importedLines: 3, figures: 19 })).kind).toBe('checked');
  });

  it('names what a column holds in words', () => {
    expect(columnLabel('MEASURED_AT')).toBe('Measured at');
    expect(columnLabel('EXTERNAL_POST_ID')).toBe('Platform’s post ID');
    expect(columnLabel('VIDEO_VIEWS')).toBe('Video views');
  });

  it('sends the export time as an instant, and nothing when it is left empty', () => {
    expect(measuredAtInput('')).toBeNull();
    expect(measuredAtInput('2026-11-05T14:30')).toBe(new Date('2026-11-05T14:30').toISOString());
    expect(measuredAtInput('not a time')).toBeNull();
  });
});
