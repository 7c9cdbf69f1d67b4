// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readContentFilters, toContentFilter, writeContentFilters } from '../utils/contentFilters';

describe('content filters', () => {
  it('keep several statuses in the address and read them back', () => {
    const params = writeContentFilters({
      status: ['DRAFT', 'IN_REVIEW'],
      format: 'HEALTH_TIP',
      campaignId: 'c1',
      topic: 'nutrition',
      search: ' flu ',
    });
    expect(params.toString()).toBe(
      'status=DRAFT&status=IN_REVIEW&format=HEALTH_TIP&campaignId=c1&topic=nutrition&search=flu',
    );
    expect(readContentFilters(params)).toEqual({
      status: ['DRAFT', 'IN_REVIEW'],
      format: 'HEALTH_TIP',
      campaignId: 'c1',
      topic: 'nutrition',
      search: 'flu',
    });
  });

  it('ignore what a hand-edited address broke', () => {
    const filters = readContentFilters(new URLSearchParams('status=NOPE&status=DRAFT&status=DRAFT&format=toString'));
    expect(filters.status).toEqual(['DRAFT']);
    expect(filters.format).toBe('');
  });

  it('ask the API for nothing when nothing is set', () => {
    expect(toContentFilter(readContentFilters(new URLSearchParams()))).toBeUndefined();
  });
});
