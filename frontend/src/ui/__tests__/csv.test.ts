// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { columnsCsv, csvCell, toCsv } from '../utils/csv';

describe('csv', () => {
  it('keeps cells a spreadsheet would run as formulas as text', () => {
    for (const value of ['=HYPERLINK("http://evil","x")', '+1+1', '-2+3', '@SUM(A1)', '\tTAB', '\rCR']) {
      expect(csvCell(value).replace(/^"/, '')).toMatch(/^'/);
    }
    expect(csvCell('Movember 2026')).toBe('Movember 2026');
  });

  it('quotes commas, quotes and line breaks, and starts with a byte-order mark', () => {
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(toCsv(['Name', 'Status'], [['Flu, shots', '=cmd']])).toBe('\uFEFFName,Status\r\n"Flu, shots",\'=cmd\r\n');
  });

  it('exports through the columns that say how to write their cells, in their order', () => {
    const columns = [
      { header: 'Name', csv: (row: { name: string }) => row.name },
      { header: 'Badge' },
      { header: 'Upper', csv: (row: { name: string }) => row.name.toUpperCase() },
    ];
    expect(columnsCsv(columns, [{ name: 'flu' }])).toEqual({ header: ['Name', 'Upper'], rows: [['flu', 'FLU']] });
  });
});
