// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readability, readabilityNote, syllables } from '../utils/readability';

describe('readability', () => {
  it('scores a text without words as grade 0', () => {
    expect(readability('').grade).toBe(0);
    expect(readability('  \n# \n').grade).toBe(0);
  });

  it('applies the Flesch–Kincaid formula to words, sentences and syllables', () => {
    const result = readability('The cat sat on the mat. The dog ran to the park.');
    expect(result).toMatchObject({ sentences: 2, words: 12, syllables: 12 });
    expect(result.grade).toBeCloseTo(0.39 * 6 + 11.8 * 1 - 15.59, 5);
  });

  it('scores long sentences of long words above grade 8 and short plain ones below', () => {
    const hard =
      'Comprehensive cardiovascular examinations facilitate identification of asymptomatic hypertension, ' +
      'consequently enabling individualized pharmacological interventions.';
    const plain = 'Walk for ten minutes a day. Drink water. Sleep well at night.';
    expect(readability(hard).grade).toBeGreaterThan(8);
    expect(readability(plain).grade).toBeLessThan(8);
  });

  it('ends a sentence at a heading or list item even without a full stop, and drops the markup', () => {
    const result = readability(
      '# Flu shots\n\n- Get one every year\n- Ask your **doctor** at [the clinic](https://example.org)',
    );
    expect(result.sentences).toBe(3);
    expect(result.words).toBe(3 + 4 + 6 - 1);
  });

  it('does not end a sentence at an abbreviation or an initial', () => {
    expect(readability('Ask Dr. Smith about it. She is kind.').sentences).toBe(2);
  });

  it('counts a number as one syllable per digit and spells out an acronym without a vowel', () => {
    expect(readability('2026').syllables).toBe(4);
    expect(readability('PDF').syllables).toBe(3);
  });

  it('counts syllables by vowel groups, keeping a consonant-le and dropping a silent e', () => {
    expect(syllables('make')).toBe(1);
    expect(syllables('table')).toBe(2);
    expect(syllables('health')).toBe(1);
    expect(syllables('every')).toBeGreaterThanOrEqual(2);
    expect(syllables('wanted')).toBe(2);
  });
});

describe('readabilityNote', () => {
  it('warns past grade 8 without blocking, and says the aim either way', () => {
    expect(readabilityNote(6.24)).toEqual({
      text: 'Grade 6.2 — patient materials aim at 8 or below',
      tone: 'ok',
    });
    expect(readabilityNote(11.5).tone).toBe('warning');
    expect(readabilityNote(8).tone).toBe('ok');
  });
});
