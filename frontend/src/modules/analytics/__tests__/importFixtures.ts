import type { ImportEngagementCsvMutation } from '@/generated/graphql';

type Payload = ImportEngagementCsvMutation['importEngagementCsv'];

/** importEngagementCsv's answer: by default a file of which nothing was read or recorded. */
export const importPayload = (overrides: Partial<Payload> = {}): Payload => ({
  layout: null,
  lines: 0,
  importedLines: 0,
  figures: 0,
  batchIds: [],
  userErrors: [],
  recorded: false,
  ...overrides,
});
