// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../utils/parseCsv';

describe('parseCsv', () => {
  it('reads quoted fields holding commas, doubled quotes and line breaks, keeping each record’s first line', () => {
    const parsed = parseCsv('id,text\r\n1,"Hello, ""world"""\r\n2,"two\nlines"\n3,plain\n');
    expect(parsed.records).toEqual([
      { line: 1, cells: ['id', 'text'] },
      { line: 2, cells: ['1', 'Hello, "world"'] },
      { line: 3, cells: ['2', 'two\nlines'] },
      { line: 5, cells: ['3', 'plain'] },
    ]);
    expect(parsed.error).toBeUndefined();
  });

  it('drops a byte order mark, skips empty lines and keeps empty cells', () => {
    expect(parseCsv('\uFEFFa,b\n\n1,\n,2').records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 3, cells: ['1', ''] },
      { line: 4, cells: ['', '2'] },
    ]);
  });

  it('reads a spreadsheet’s semicolons and a lone CR line end', () => {
    const parsed = parseCsv('id;text\r1;"a;b"');
    expect(parsed.delimiter).toBe(';');
    expect(parsed.records).toEqual([
      { line: 1, cells: ['id', 'text'] },
      { line: 2, cells: ['1', 'a;b'] },
    ]);
  });

  it('says on which line a quote is left open', () => {
    const parsed = parseCsv('id,text\n1,ok\n2,"never closed\n3,x');
    expect(parsed.error).toEqual({ line: 3, message: expect.stringMatching(/never closed/) });
    expect(parsed.records).toHaveLength(2);
  });
});
