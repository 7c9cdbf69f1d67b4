/**
 * CSV for spreadsheets (RFC 4180, CRLF, UTF-8 with a byte-order mark so Excel reads accents).
 * A cell that a spreadsheet would run as a formula (leading =, +, -, @, tab or carriage return) is
 * prefixed with an apostrophe: exported text that came from users cannot become a formula
 * (OWASP "CSV injection").
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\uFEFF${[header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** The export of rows through the table's own columns: those that say how to write their cells as text. */
export function columnsCsv<Row>(
  columns: readonly { header: string; csv?: (row: Row) => string }[],
  rows: readonly Row[],
): { header: string[]; rows: string[][] } {
  const exported = columns.filter((column) => column.csv);
  return {
    header: exported.map((column) => column.header),
    rows: rows.map((row) => exported.map((column) => column.csv!(row))),
  };
}

/** Offers text as a file download, without a round trip to the server. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8'): void {
  downloadBlob(fileName, new Blob([text], { type }));
}

/** Offers bytes already in the page (e.g. fetched with a bearer token) as a file download. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
