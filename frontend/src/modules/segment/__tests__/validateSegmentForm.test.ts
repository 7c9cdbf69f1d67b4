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
    expect(validateSegmentForm({ ...valid, ageMin: '65', ageMax: '18' }).ageRange).toMatch(/must not be above/);
    expect(validateSegmentForm({ ...valid, ageMin: 'ten', ageMax: '18' }).min).toMatch(/whole number/);
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
