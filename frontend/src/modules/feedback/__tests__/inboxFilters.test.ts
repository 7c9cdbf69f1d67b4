import { describe, expect, it } from 'vitest';
import {
  EMPTY_INBOX_FILTERS,
  readInboxFilters,
  toFeedbackThreadFilter,
  validateInboxFilters,
  writeInboxFilters,
} from '../utils/inboxFilters';

describe('inbox filters', () => {
  it('reads the address, dropping values the API does not know', () => {
    const params = new URLSearchParams('status=LOST&source=YELP_REVIEW&overdue=maybe&hasPhi=yes&tag= billing ');
    expect(readInboxFilters(params)).toEqual({
      ...EMPTY_INBOX_FILTERS,
      source: 'YELP_REVIEW',
      hasPhi: 'yes',
      tag: 'billing',
    });
  });

  it('writes only the filters that are set', () => {
    expect(writeInboxFilters({ ...EMPTY_INBOX_FILTERS, status: 'NEW', assignee: 'me' }).toString()).toBe(
      'status=NEW&assignee=me',
    );
  });

  it('asks the API for the viewer’s own threads, the unassigned ones or a colleague’s', () => {
    const filter = (assignee: string) => toFeedbackThreadFilter({ ...EMPTY_INBOX_FILTERS, assignee }, 'VXNlcjox');
    expect(filter('me')).toEqual({ assignee: 'VXNlcjox' });
    expect(filter('none')).toEqual({ assignee: '' });
    expect(filter('VXNlcjoy')).toEqual({ assignee: 'VXNlcjoy' });
    expect(filter('')).toBeUndefined();
  });

  it('turns every filter into the API’s', () => {
    expect(
      toFeedbackThreadFilter(
        {
          status: 'ESCALATED',
          source: 'X_DM',
          assignee: '',
          tag: 'Parking',
          overdue: 'no',
          hasPhi: 'yes',
          search: 'waiting room',
          theme: '',
          createdFrom: '',
          createdTo: '',
        },
        'VXNlcjox',
      ),
    ).toEqual({
      status: ['ESCALATED'],
      source: ['X_DM'],
      tag: 'parking',
      overdue: false,
      hasPhi: true,
      search: 'waiting room',
    });
  });

  it('filters by a theme and the days a thread was received, the last day included', () => {
    const params = new URLSearchParams('theme=WAIT_TIMES&createdFrom=2026-11-05&createdTo=2026-12-04');
    const values = readInboxFilters(params);
    expect(values).toMatchObject({ theme: 'WAIT_TIMES', createdFrom: '2026-11-05', createdTo: '2026-12-04' });
    expect(toFeedbackThreadFilter(values, 'VXNlcjox')).toEqual({
      theme: 'WAIT_TIMES',
      createdFrom: new Date('2026-11-05T00:00:00').toISOString(),
      createdTo: new Date('2026-12-05T00:00:00').toISOString(),
    });
    expect(readInboxFilters(new URLSearchParams('createdFrom=yesterday'))).toEqual(EMPTY_INBOX_FILTERS);
    expect(validateInboxFilters({ ...values, createdTo: '2026-11-01' })).toEqual({
      createdTo: 'Received to must be on or after Received from',
    });
  });
});
