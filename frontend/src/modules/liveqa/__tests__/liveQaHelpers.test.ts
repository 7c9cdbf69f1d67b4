// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { describeAskErrors } from '../utils/askQuestionErrors';
import { isInPublicSection } from '@/app/publicSections';
import { audiencePath, liveSessionConsolePath } from '../utils/liveSessionPaths';
import { describeModerationErrors } from '../utils/moderationErrors';

describe('live Q&A paths', () => {
  it('routes only /live/<code> to the public audience page', () => {
    expect(isInPublicSection(audiencePath('RVRS4PED'))).toBe(true);
    expect(isInPublicSection('/live/')).toBe(false);
    expect(isInPublicSection('/live-sessions/abc')).toBe(false);
    expect(isInPublicSection('/campaigns')).toBe(false);
  });

  it('encodes opaque ids', () => {
    expect(liveSessionConsolePath('TGl2/ZQ==')).toBe('/live-sessions/TGl2%2FZQ%3D%3D/console');
  });
});

describe('describeAskErrors', () => {
  it('says when to ask again after RATE_LIMITED', () => {
    expect(describeAskErrors([{ field: null, code: 'RATE_LIMITED', message: 'Too many' }], 42)).toEqual({
      form: 'You are asking a little too fast.',
      retryAfterSeconds: 42,
    });
  });

  it('puts a PHI notice and text errors on the text box, the rest on the form', () => {
    expect(describeAskErrors([{ field: ['input', 'text'], code: 'PHI_SUSPECTED', message: 'PHI' }], null).text).toMatch(
      /personal health details/,
    );
    expect(describeAskErrors([{ field: ['input', 'text'], code: 'TOO_LONG', message: 'Too long.' }], null)).toEqual({
      text: 'Too long.',
    });
    expect(describeAskErrors([{ field: null, code: 'INVALID_STATE', message: 'Not live.' }], null)).toEqual({
      form: 'Not live.',
    });
  });
});

describe('describeModerationErrors', () => {
  it('tells the moderator to edit a question with suspected PHI before approving', () => {
    expect(describeModerationErrors([{ field: ['input', 'action'], code: 'PHI_SUSPECTED', message: 'PHI' }])).toMatch(
      /Edit it to remove the highlighted details/,
    );
    expect(describeModerationErrors([{ field: null, code: 'INVALID_STATE', message: 'Already rejected.' }])).toBe(
      'Already rejected.',
    );
  });
});
