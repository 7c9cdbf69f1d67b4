// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/ui/utils/parseCsv';
import { autoMap } from '../utils/feedbackImportMapping';
import { buildImportItems, inBatches, readSentAt, readSource, readVisibility } from '../utils/feedbackImportRows';
import { FEEDBACK_IMPORT_TEMPLATE } from '../utils/feedbackImportTemplate';

describe('feedback CSV import', () => {
  it('maps columns by their header names, each column once', () => {
    expect(
      autoMap(['ID', 'Platform', 'Author', 'Stars', 'Review Text', 'Date', 'Public', 'user_name']).columns,
    ).toEqual({
      externalId: 0,
      source: 1,
      authorName: 2,
      rating: 3,
      message: 4,
      sentAt: 5,
      visibility: 6,
      authorHandle: 7,
    });
    expect(autoMap(['message']).columns.externalId).toBeNull();
  });

  it('reads sources by value or label, visibilities in any case, and dates with or without a time', () => {
    expect([
      readSource('GOOGLE_REVIEW'),
      readSource('Google review'),
      readSource('yelp-review'),
      readSource('fax'),
    ]).toEqual(['GOOGLE_REVIEW', 'GOOGLE_REVIEW', 'YELP_REVIEW', null]);
    expect([readVisibility('public'), readVisibility('PRIVATE'), readVisibility('maybe')]).toEqual([
      'PUBLIC',
      'PRIVATE',
      null,
    ]);
    expect(readSentAt('2026-11-03')).toBe('2026-11-03T00:00:00.000Z');
    expect(readSentAt('2026-11-02 14:05:00Z')).toBe('2026-11-02T14:05:00.000Z');
    expect(readSentAt('03/11/2026')).toBeNull();
  });

  it('checks every row, reporting problems by the line the row starts on in the file', () => {
    const csv = [
      'source,id,visibility,text,rating,date',
      'GOOGLE_REVIEW,g1,PUBLIC,"Great, thanks",5,2026-11-01',
      'FAX,f1,PUBLIC,Hi,,',
      'YELP_REVIEW,y1,PUBLIC,"Two',
      'lines",9,yesterday',
      'GOOGLE_REVIEW,g1,PUBLIC,Again,,',
      'INSTAGRAM_DM,i1,,Hello,,',
    ].join('\n');
    const [header, ...records] = parseCsv(csv).records;
    const { items, problems } = buildImportItems(records, autoMap(header.cells));
    expect(items).toEqual([
      {
        line: 2,
        item: {
          source: 'GOOGLE_REVIEW',
          externalId: 'g1',
          visibility: 'PUBLIC',
          message: 'Great, thanks',
          rating: 5,
          sentAt: '2026-11-01T00:00:00.000Z',
        },
      },
    ]);
    expect(problems).toEqual([
      { line: 3, message: 'Source: “FAX” is not a source CarePulse knows' },
      {
        line: 4,
        message:
          'Rating: Use a whole number of stars from 1 to 5. Sent at: Use a date such as 2026-11-29 or 2026-11-29T16:21:39Z',
      },
      { line: 6, message: 'The same source and ID as line 2: only that line is imported' },
      { line: 7, message: 'Visibility: Enter PUBLIC or PRIVATE' },
    ]);
  });

  it('uses one source and visibility for every row when the file has no such column', () => {
    const [header, ...records] = parseCsv('id,text\nr1,Kind staff').records;
    const mapping = { ...autoMap(header.cells), source: 'YELP_REVIEW' as const, visibility: 'PUBLIC' as const };
    expect(buildImportItems(records, mapping).items[0].item).toEqual({
      source: 'YELP_REVIEW',
      externalId: 'r1',
      visibility: 'PUBLIC',
      message: 'Kind staff',
    });
  });

  it('offers an example file that maps and checks cleanly', () => {
    const [header, ...records] = parseCsv(FEEDBACK_IMPORT_TEMPLATE).records;
    const { items, problems } = buildImportItems(records, autoMap(header.cells));
    expect(problems).toEqual([]);
    expect(items.map((entry) => entry.line)).toEqual([2, 3, 4]);
  });

  it('cuts the items into the API’s batches of 500', () => {
    expect(inBatches(Array.from({ length: 1001 }, (_, i) => i)).map((batch) => batch.length)).toEqual([500, 500, 1]);
  });
});
