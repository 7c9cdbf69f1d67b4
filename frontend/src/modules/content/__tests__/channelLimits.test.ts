// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { channelCount, CHANNEL_LIMITS, countCharacters } from '../utils/channelLimits';

describe('channelCount', () => {
  it('knows each channel’s limit', () => {
    expect(CHANNEL_LIMITS).toEqual({
      X: 280,
      INSTAGRAM: 2200,
      LINKEDIN: 3000,
      FACEBOOK: 63_206,
      TIKTOK: 2200,
      YOUTUBE: 5000,
    });
  });

  it('counts code points, so an emoji or an accented letter is one character', () => {
    expect(countCharacters('💉')).toBe(1);
    expect('💉'.length).toBe(2);
    expect(countCharacters('Café 👍🏽')).toBe(7);
  });

  it('shows the count against the limit and turns to an error past it', () => {
    expect(channelCount('X', 'a'.repeat(123))).toMatchObject({ length: 123, over: false, text: '123 / 280' });
    expect(channelCount('X', 'a'.repeat(280)).over).toBe(false);
    expect(channelCount('X', 'a'.repeat(281)).over).toBe(true);
    expect(channelCount('X', '💉'.repeat(280)).over).toBe(false);
  });

  it('leaves out surrounding spaces, as the server strips them', () => {
    expect(channelCount('X', '  hi  ').length).toBe(2);
  });
});
