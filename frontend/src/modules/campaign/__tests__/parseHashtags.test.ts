// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseHashtags } from '../utils/parseHashtags';

describe('parseHashtags', () => {
  it('splits on commas and whitespace', () => {
    expect(parseHashtags('#HelloMyNameIs, #Movember  #FluShot\n#CareMatters')).toEqual([
      '#HelloMyNameIs',
      '#Movember',
      '#FluShot',
      '#CareMatters',
    ]);
  });

  it('adds the leading # where it is missing', () => {
    expect(parseHashtags('FluShot, ##Movember')).toEqual(['#FluShot', '#Movember']);
  });

  it('drops duplicates ignoring case, keeping the first spelling', () => {
    expect(parseHashtags('#FluShot #flushot FLUSHOT')).toEqual(['#FluShot']);
  });

  it('turns blank input into an empty list', () => {
    expect(parseHashtags(' , # ,, ')).toEqual([]);
  });
});
