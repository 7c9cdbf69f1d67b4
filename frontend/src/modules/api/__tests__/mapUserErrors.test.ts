// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { mapUserErrors } from '../utils/mapUserErrors';

const FIELDS = ['name', 'endDate', 'hashtags', 'kpiTargets', 'amount', 'budget'] as const;

describe('mapUserErrors', () => {
  it('puts an error on the form field named by the last element of its path', () => {
    const mapped = mapUserErrors(
      [{ field: ['input', 'endDate'], code: 'INVALID', message: 'End date is before start date.' }],
      FIELDS,
    );
    expect(mapped.fieldErrors).toEqual({ endDate: 'End date is before start date.' });
    expect(mapped.formErrors).toEqual([]);
  });

  it('maps a nested path to its innermost known field', () => {
    const mapped = mapUserErrors(
      [{ field: ['input', 'budget', 'amount'], code: 'INVALID', message: 'At most two decimals.' }],
      FIELDS,
    );
    expect(mapped.fieldErrors).toEqual({ amount: 'At most two decimals.' });
  });

  it('names the list item when the path holds an index', () => {
    const mapped = mapUserErrors(
      [
        { field: ['input', 'hashtags', '2'], code: 'INVALID', message: 'Not a hashtag.' },
        { field: ['input', 'kpiTargets', '0', 'target'], code: 'INVALID', message: 'Must be 0–100.' },
      ],
      FIELDS,
    );
    expect(mapped.fieldErrors).toEqual({ hashtags: 'Item 3: Not a hashtag.', kpiTargets: 'Item 1: Must be 0–100.' });
  });

  it('keeps errors of unknown or missing fields for the whole form', () => {
    const mapped = mapUserErrors(
      [
        { field: ['input', 'id'], code: 'NOT_FOUND', message: 'No such campaign.' },
        { field: null, code: 'INVALID_STATE', message: 'Archived campaigns cannot change.' },
      ],
      FIELDS,
    );
    expect(mapped.fieldErrors).toEqual({});
    expect(mapped.formErrors).toEqual(['No such campaign.', 'Archived campaigns cannot change.']);
  });

  it('flags a CONFLICT instead of showing it on a field', () => {
    const mapped = mapUserErrors(
      [{ field: ['input', 'expectedVersion'], code: 'CONFLICT', message: 'Stale.' }],
      FIELDS,
    );
    expect(mapped.conflict).toBe(true);
    expect(mapped.formErrors).toEqual([]);
  });

  it('joins several errors on one field', () => {
    const mapped = mapUserErrors(
      [
        { field: ['input', 'name'], code: 'REQUIRED', message: 'Enter a name.' },
        { field: ['input', 'name'], code: 'TOO_LONG', message: 'At most 120 characters.' },
      ],
      FIELDS,
    );
    expect(mapped.fieldErrors.name).toBe('Enter a name. At most 120 characters.');
  });
});
