import type { ImportEngagementCsvMutation, UserErrorFieldsFragment } from '@/generated/graphql';

/** What the server takes for an engagement CSV (POST /api/files, kind engagement-csv). */
export const ENGAGEMENT_CSV_MAX_BYTES = 5 * 1024 * 1024;

/** Why this file cannot be imported, in words; undefined when it can be sent. */
export function engagementFileProblem(file: Pick<File, 'name' | 'size'>): string | undefined {
  if (file.size === 0) return 'The file is empty: choose the export again.';
  if (file.size > ENGAGEMENT_CSV_MAX_BYTES)
    return 'The file is larger than 5 MB: export a shorter period, or split it into several files.';
  if (!/\.(csv|txt)$/i.test(file.name))
    return 'Choose a CSV file (a spreadsheet can save one: File, Save as, CSV UTF-8).';
  return undefined;
}

/** A problem of a line of the file, or of the whole file (line null). */
export interface ImportProblem {
  line: number | null;
  message: string;
}

/** The server's userErrors by line: input.lines.<line>.<column> names a line, anything else the file. */
export function importProblems(errors: readonly UserErrorFieldsFragment[]): ImportProblem[] {
  return errors.map((error) => {
    const path = error.field ?? [];
    const at = path.indexOf('lines');
    const line = at >= 0 && /^\d+$/.test(path[at + 1] ?? '') ? Number(path[at + 1]) : null;
    return { line, message: error.message };
  });
}

type Payload = ImportEngagementCsvMutation['importEngagementCsv'];

export type ImportOutcome =
  | {
      /** Recorded, or (checked) what an import would record. */
      kind: 'imported' | 'checked';
      layout: string;
      figures: number;
      lines: number;
      importedLines: number;
      problems: ImportProblem[];
    }
  | { kind: 'refused'; layout: string | null; lines: number; problems: ImportProblem[] };

/** What an import answered, for the page to say. */
export function importOutcome(payload: Payload): ImportOutcome {
  const problems = importProblems(payload.userErrors);
  if (payload.recorded || payload.figures > 0) {
    return {
      kind: payload.recorded ? 'imported' : 'checked',
      layout: payload.layout?.name ?? '',
      figures: payload.figures,
      lines: payload.lines,
      importedLines: payload.importedLines,
      problems,
    };
  }
  return { kind: 'refused', layout: payload.layout?.name ?? null, lines: payload.lines, problems };
}

/** "2026-11-05T14:30" (a datetime-local field, the browser's zone) as an instant, or null when empty. */
export function measuredAtInput(local: string): string | null {
  if (!local) return null;
  const date = new Date(local);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

const COLUMN_LABELS: Readonly<Record<string, string>> = {
  CONTENT_ID: 'CarePulse content ID',
  EXTERNAL_POST_ID: 'Platform’s post ID',
  CHANNEL: 'Channel',
  METRIC: 'Metric',
  VALUE: 'Value',
  MEASURED_AT: 'Measured at',
  KIND: 'Total so far or change',
  PUBLISHED_AT: 'Published at',
};

/** What a layout's column holds, in words: "Measured at", or a metric's figures ("Video views"). */
export function columnLabel(holds: string): string {
  if (COLUMN_LABELS[holds]) return COLUMN_LABELS[holds];
  const words = holds.toLowerCase().replaceAll('_', ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
