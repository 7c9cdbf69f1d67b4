// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readAuditFilters, toAuditLogFilter, validateAuditFilters, writeAuditFilters } from '../utils/auditFilters';

describe('audit filters', () => {
  it('shows staff actions unless asked otherwise and keeps only what differs in the URL', () => {
    const values = readAuditFilters(new URLSearchParams(''));
    expect(values.who).toBe('STAFF');
    expect(writeAuditFilters(values).toString()).toBe('');
    expect(toAuditLogFilter(values)).toEqual({ actorKind: 'STAFF' });
    expect(toAuditLogFilter({ ...values, who: 'ALL' })).toEqual({});
  });

  it('round-trips the filters and ignores what a hand-edited URL broke', () => {
    const params = new URLSearchParams(
      'who=AUDIENCE&action=moderateQuestion&type=Campaign&from=2026-11-01&to=bad&actor=VXNlcjox',
    );
    const values = readAuditFilters(params);
    expect(values).toEqual({
      who: 'AUDIENCE',
      actorId: 'VXNlcjox',
      action: 'moderateQuestion',
      targetType: 'Campaign',
      from: '2026-11-01',
      to: '',
    });
    expect(readAuditFilters(writeAuditFilters(values))).toEqual(values);
    expect(readAuditFilters(new URLSearchParams('action=dropDatabase')).action).toBe('');
  });

  it('includes the whole of the last day and refuses a range that ends before it starts', () => {
    const filter = toAuditLogFilter({
      ...readAuditFilters(new URLSearchParams()),
      from: '2026-11-01',
      to: '2026-11-02',
    });
    expect(new Date(filter.until!).getTime() - new Date(filter.since!).getTime()).toBe(2 * 24 * 60 * 60 * 1000);
    expect(
      validateAuditFilters({ ...readAuditFilters(new URLSearchParams()), from: '2026-11-02', to: '2026-11-01' }),
    ).toEqual({
      to: 'To must be on or after From',
    });
  });
});
