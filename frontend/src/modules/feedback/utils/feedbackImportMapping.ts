import type { FeedbackSource, FeedbackVisibility } from '@/generated/graphql';

/** The fields of a feedback item a CSV column can fill (FeedbackItemInput, without the links to content and campaigns). */
export const IMPORT_FIELDS = [
  'source',
  'externalId',
  'visibility',
  'authorName',
  'authorHandle',
  'rating',
  'message',
  'sentAt',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  source: 'Source',
  externalId: 'ID on the source',
  visibility: 'Visibility',
  authorName: 'Author',
  authorHandle: 'Handle',
  rating: 'Rating',
  message: 'Message',
  sentAt: 'Sent at',
};

/**
 * Which column fills each field: its position in the header, or null. Source and visibility
 * may instead be the same for every row (a file exported from one platform has no source column).
 */
export interface ImportMapping {
  columns: Record<ImportField, number | null>;
  source: FeedbackSource | '';
  visibility: FeedbackVisibility | '';
}

/** Header names each field is found under, lower-case without spaces, dashes or underscores. */
const SYNONYMS: Record<ImportField, readonly string[]> = {
  source: ['source', 'platform', 'channel', 'network'],
  externalId: ['externalid', 'id', 'reviewid', 'commentid', 'messageid', 'postid', 'sourceid'],
  visibility: ['visibility', 'public', 'private', 'audience'],
  authorName: ['author', 'authorname', 'name', 'reviewer', 'reviewername', 'from', 'sender'],
  authorHandle: ['handle', 'authorhandle', 'username', 'user', 'screenname'],
  rating: ['rating', 'stars', 'starrating', 'score'],
  message: ['text', 'message', 'body', 'comment', 'review', 'reviewtext', 'content'],
  sentAt: ['sentat', 'date', 'sent', 'createdat', 'created', 'time', 'timestamp', 'postedat', 'posted'],
};

const normalize = (header: string) => header.toLowerCase().replace(/[\s_\-.]/g, '');

/** Each field's column found by its header name, the first match winning; each column used once. */
export function autoMap(headers: readonly string[]): ImportMapping {
  const names = headers.map(normalize);
  const used = new Set<number>();
  const columns = Object.fromEntries(IMPORT_FIELDS.map((field) => [field, null])) as ImportMapping['columns'];
  for (const field of IMPORT_FIELDS) {
    for (const synonym of SYNONYMS[field]) {
      const index = names.findIndex((name, position) => name === synonym && !used.has(position));
      if (index >= 0) {
        columns[field] = index;
        used.add(index);
        break;
      }
    }
  }
  return { columns, source: '', visibility: '' };
}
