import { describe, expect, it } from 'vitest';
import { buildCreateSegmentInput } from '../utils/segmentFormToInput';
import { EMPTY_SEGMENT_FORM } from '../utils/segmentFormValues';
import { validateSegmentForm } from '../utils/validateSegmentForm';

const valid = { ...EMPTY_SEGMENT_FORM, name: 'Parents of toddlers' };

describe('segment form', () => {
  it('accepts BCP 47 language tags and rejects others', () => {
    expect(validateSegmentForm({ ...valid, languages: 'en-US, es, zh-Hant' })).toEqual({});
    expect(validateSegmentForm({ ...valid, languages: 'en_US, 12' }).languages).toMatch(
      /“en_US”, “12” are not language tags/,
    );
  });

  it('wants both ends of the age range, in order', () => {
    expect(validateSegmentForm({ ...valid, ageMin: '18' }).ageRange).toMatch(/both/);
    expect(validateSegmentForm({ ...valid, ageMin: '65', ageMax: '18' }).max).toBe(
      'Maximum age must be the same as or more than the minimum age',
    );
    expect(validateSegmentForm({ ...valid, ageMin: 'ten', ageMax: '18' }).min).toBe(
      'Minimum age must be a whole number from 0 to 120',
    );
    expect(validateSegmentForm({ ...valid, ageMin: '18', ageMax: '121' }).max).toBe(
      'Maximum age must be a whole number from 0 to 120',
    );
  });

  it('checks the lengths and counts the server checks, worded for the field', () => {
    expect(validateSegmentForm({ ...valid, name: ' ' }).name).toBe('Enter a name');
    expect(validateSegmentForm({ ...valid, name: 'x'.repeat(121) }).name).toBe('Name must be 120 characters or fewer');
    expect(validateSegmentForm({ ...valid, description: 'x'.repeat(2001) }).description).toBe(
      'Description must be 2,000 characters or fewer',
    );
    expect(validateSegmentForm({ ...valid, locations: 'x'.repeat(101) }).locations).toBe(
      'Each location must be 100 characters or fewer',
    );
    const many = Array.from({ length: 51 }, (_, i) => `interest ${i}`).join(', ');
    expect(validateSegmentForm({ ...valid, healthInterests: many }).healthInterests).toBe(
      'Enter 50 health interests or fewer',
    );
    expect(validateSegmentForm({ ...valid, name: 'x'.repeat(120), ageMin: '0', ageMax: '120' })).toEqual({});
  });

  it('keeps commas inside a location, one location per line', () => {
    const input = buildCreateSegmentInput({
      ...valid,
      locations: 'Riverside County, CA\n\nLakeside, NY',
      healthInterests: 'diabetes, heart health\nnutrition',
      languages: 'en-US es',
      ageMin: '25',
      ageMax: '40',
    });
    expect(input).toMatchObject({
      locations: ['Riverside County, CA', 'Lakeside, NY'],
      healthInterests: ['diabetes', 'heart health', 'nutrition'],
      languages: ['en-US', 'es'],
      ageRange: { min: 25, max: 40 },
    });
  });
});
