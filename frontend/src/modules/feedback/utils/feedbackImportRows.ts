import type { FeedbackItemInput, FeedbackSource, FeedbackVisibility } from '@/generated/graphql';
import type { CsvRecord } from '@/ui/utils/parseCsv';
import { isFeedbackSource, SOURCE_LABELS } from './feedbackLabels';
import { IMPORT_FIELD_LABELS, type ImportField, type ImportMapping } from './feedbackImportMapping';

/** The API takes at most this many items a call. */
export const IMPORT_BATCH_SIZE = 500;

export interface ImportItem {
  /** The line of the CSV file the item starts on. */
  line: number;
  item: FeedbackItemInput;
}

export interface LineProblem {
  line: number;
  message: string;
}

const normalized = (value: string) =>
  value
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
const LABELLED_SOURCES = new Map(
  (Object.entries(SOURCE_LABELS) as [FeedbackSource, string][]).map(([source, label]) => [normalized(label), source]),
);

/** GOOGLE_REVIEW, "Google review" or "google-review". */
export function readSource(value: string): FeedbackSource | null {
  const key = normalized(value);
  if (isFeedbackSource(key)) return key;
  return LABELLED_SOURCES.get(key) ?? null;
}

/** PUBLIC or PRIVATE, any case; also yes/no and true/false for a column that says whether it is public. */
export function readVisibility(value: string): FeedbackVisibility | null {
  const key = normalized(value);
  if (key === 'PUBLIC' || key === 'YES' || key === 'TRUE') return 'PUBLIC';
  if (key === 'PRIVATE' || key === 'NO' || key === 'FALSE') return 'PRIVATE';
  return null;
}

/** An ISO date and time, or a date alone (taken as midnight UTC); null when it is neither. */
export function readSentAt(value: string): string | null {
  const text = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}/.test(text)) return null;
  const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text.replace(' ', 'T'));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** A cell of the record for a field, trimmed; '' when no column fills it. */
export const cellOf = (record: CsvRecord, mapping: ImportMapping, field: ImportField) => {
  const column = mapping.columns[field];
  return column === null ? '' : (record.cells[column] ?? '').trim();
};

/** The mapping's own problems: fields that every item needs and nothing fills. */
export function mappingProblems(mapping: ImportMapping): string[] {
  const problems: string[] = [];
  if (mapping.columns.source === null && !mapping.source)
    problems.push('Choose the column of the source, or one source for every row');
  if (mapping.columns.visibility === null && !mapping.visibility)
    problems.push('Choose the column of the visibility, or one visibility for every row');
  if (mapping.columns.externalId === null) problems.push('Choose the column of the ID on the source');
  if (mapping.columns.message === null) problems.push('Choose the column of the message');
  return problems;
}

/** One record as an item, or what is wrong with it, in the words of the server's checks. */
function toItem(record: CsvRecord, mapping: ImportMapping): { item?: FeedbackItemInput; problems: string[] } {
  const cell = (field: ImportField) => cellOf(record, mapping, field);
  const problems: string[] = [];
  const label = (field: ImportField) => IMPORT_FIELD_LABELS[field];
  const sourceText = cell('source');
  const source = mapping.columns.source !== null && sourceText ? readSource(sourceText) : mapping.source || null;
  if (!source)
    problems.push(
      sourceText
        ? `${label('source')}: “${sourceText}” is not a source CarePulse knows`
        : `${label('source')}: Enter the source`,
    );
  const visibilityText = cell('visibility');
  const visibility =
    mapping.columns.visibility !== null && visibilityText ? readVisibility(visibilityText) : mapping.visibility || null;
  if (!visibility)
    problems.push(
      visibilityText
        ? `${label('visibility')}: Use PUBLIC or PRIVATE`
        : `${label('visibility')}: Enter PUBLIC or PRIVATE`,
    );
  const externalId = cell('externalId');
  if (!externalId) problems.push(`${label('externalId')}: Enter the ID the source gives it`);
  const message = cell('message');
  if (!message) problems.push(`${label('message')}: Enter the message`);
  const ratingText = cell('rating');
  const rating = ratingText ? Number(ratingText) : null;
  if (rating !== null && !(Number.isInteger(rating) && rating >= 1 && rating <= 5))
    problems.push(`${label('rating')}: Use a whole number of stars from 1 to 5`);
  const sentText = cell('sentAt');
  const sentAt = sentText ? readSentAt(sentText) : null;
  if (sentText && !sentAt) problems.push(`${label('sentAt')}: Use a date such as 2026-11-29 or 2026-11-29T16:21:39Z`);
  if (problems.length > 0 || !source || !visibility) return { problems };
  const item: FeedbackItemInput = { source, externalId, visibility, message };
  if (cell('authorName')) item.authorName = cell('authorName');
  if (cell('authorHandle')) item.authorHandle = cell('authorHandle');
  if (rating !== null) item.rating = rating;
  if (sentAt) item.sentAt = sentAt;
  return { item, problems };
}

/**
 * The file's records after its header as items, each with its line, and the problems of those
 * that cannot be sent. The same source and ID twice in one file is one thread to the API: the
 * later line is reported rather than sent.
 */
export function buildImportItems(
  records: readonly CsvRecord[],
  mapping: ImportMapping,
): { items: ImportItem[]; problems: LineProblem[] } {
  const items: ImportItem[] = [];
  const problems: LineProblem[] = [];
  const seen = new Map<string, number>();
  for (const record of records) {
    const { item, problems: found } = toItem(record, mapping);
    if (!item) {
      problems.push({ line: record.line, message: found.join('. ') });
      continue;
    }
    const key = `${item.source}|${item.externalId}`;
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        line: record.line,
        message: `The same source and ID as line ${first}: only that line is imported`,
      });
      continue;
    }
    seen.set(key, record.line);
    items.push({ line: record.line, item });
  }
  return { items, problems };
}

/** Items in the API's batches, each keeping its lines. */
export function inBatches<T>(items: readonly T[], size = IMPORT_BATCH_SIZE): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}
