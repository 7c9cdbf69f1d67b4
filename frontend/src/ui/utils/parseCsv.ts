/** One record of a CSV file and the line of the file it starts on (1 for the first). */
export interface CsvRecord {
  line: number;
  cells: string[];
}

export interface ParsedCsv {
  records: CsvRecord[];
  /** Why the file is not read to its end (an unclosed quote), with the line it happened on. */
  error?: { line: number; message: string };
  delimiter: ',' | ';' | '\t';
}

/**
 * The delimiter of the first record: a comma unless the header holds more semicolons or tabs
 * outside quotes (spreadsheets set to a European locale export with semicolons).
 */
function detectDelimiter(text: string): ParsedCsv['delimiter'] {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts] += 1;
  }
  if (counts[';'] > counts[','] && counts[';'] >= counts['\t']) return ';';
  if (counts['\t'] > counts[',']) return '\t';
  return ',';
}

/**
 * Reads CSV as RFC 4180 writes it, and as spreadsheets export it: fields in double quotes may hold
 * the delimiter, line breaks and doubled quotes (""); lines end in CRLF, LF or CR; a leading byte
 * order mark is dropped; empty lines are skipped. Each record keeps the line it starts on, so a
 * problem can be reported where a person finds it in the file.
 */
export function parseCsv(input: string): ParsedCsv {
  const text = input.startsWith('\uFEFF') ? input.slice(1) : input;
  const delimiter = detectDelimiter(text);
  const records: CsvRecord[] = [];
  let cells: string[] = [];
  let cell = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let quoteLine = 0;
  // Whether the record has anything yet (an empty line is no record).
  let touched = false;

  const endCell = () => {
    cells.push(cell);
    cell = '';
  };
  const endRecord = () => {
    endCell();
    if (touched) records.push({ line: start, cells });
    cells = [];
    touched = false;
  };

  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) line++;
        cell += char;
      }
      continue;
    }
    if (char === '"' && cell === '') {
      quoted = true;
      quoteLine = line;
      touched = true;
    } else if (char === delimiter) {
      touched = true;
      endCell();
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else {
      if (!touched) start = line;
      touched = true;
      cell += char;
    }
  }
  if (quoted) {
    return {
      records,
      delimiter,
      error: { line: quoteLine, message: 'A quoted field is never closed: check the quotes from this line on.' },
    };
  }
  endRecord();
  return { records, delimiter };
}
