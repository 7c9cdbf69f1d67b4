// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildCreateLiveSessionInput, buildUpdateLiveSessionInput } from '../utils/liveSessionFormToInput';
import { EMPTY_LIVE_SESSION_FORM } from '../utils/liveSessionFormValues';
import { localDateTimeToIso } from '../utils/localDateTimeToIso';

describe('localDateTimeToIso', () => {
  it('keeps the local wall time and adds the local offset', () => {
    const iso = localDateTimeToIso('2026-12-01T18:30');
    expect(iso).toMatch(/^2026-12-01T18:30:00[+-]\d{2}:\d{2}$/);
    expect(new Date(iso!).getTime()).toBe(new Date(2026, 11, 1, 18, 30).getTime());
  });

  it.each(['', '2026-12-01', '2026-02-30T10:00', 'tomorrow'])('rejects %j', (value) => {
    expect(localDateTimeToIso(value)).toBeNull();
  });
});

describe('buildCreateLiveSessionInput', () => {
  it('nests the host and settings, converts numbers and leaves out empty optional texts', () => {
    const input = buildCreateLiveSessionInput({
      ...EMPTY_LIVE_SESSION_FORM,
      title: '  Ask a cardiologist ',
      hostName: 'Dr. Lee',
      scheduledStart: '2026-12-01T18:30',
      questionsPerMinute: '5',
      moderatorIds: ['user-5'],
    });
    expect(input).toEqual({
      title: 'Ask a cardiologist',
      host: { name: 'Dr. Lee' },
      scheduledStart: localDateTimeToIso('2026-12-01T18:30'),
      moderatorIds: ['user-5'],
      settings: {
        anonymousQuestionsAllowed: true,
        moderationMode: 'PRE_MODERATION',
        questionLengthLimit: 500,
        questionsPerMinute: 5,
        profanityFilter: true,
        earlyQuestionsAllowed: false,
        publishRecap: false,
      },
    });
  });
});

describe('buildUpdateLiveSessionInput', () => {
  const initial = { ...EMPTY_LIVE_SESSION_FORM, title: 'Ask', description: 'Old', hostName: 'Dr. Lee' };

  it('sends only what changed, with the version read, the whole settings when one changed', () => {
    const input = buildUpdateLiveSessionInput(initial, { ...initial, title: 'Ask us', publishRecap: true }, 'id-1', 7);
    expect(input).toEqual({
      id: 'id-1',
      expectedVersion: 7,
      title: 'Ask us',
      settings: expect.objectContaining({ publishRecap: true, earlyQuestionsAllowed: false, profanityFilter: true }),
    });
  });

  it('clears a description by sending it empty', () => {
    expect(buildUpdateLiveSessionInput(initial, { ...initial, description: ' ' }, 'id-1', 7)).toEqual({
      id: 'id-1',
      expectedVersion: 7,
      description: '',
    });
  });
});
