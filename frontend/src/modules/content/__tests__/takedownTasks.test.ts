// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { countOpenTakedowns, openTakedownRows } from '../utils/takedownTasks';
import { takedownStory as story, takedownTip as tip } from './contentFixtures';

describe('take-down tasks', () => {
  it('are the open take-downs of each item, one row per channel, the longest waiting first', () => {
    expect(openTakedownRows([story, tip])).toEqual([
      {
        id: 'Q29udGVudDoy:FACEBOOK',
        content: { id: tip.id, title: 'Wash your hands' },
        channel: 'FACEBOOK',
        postId: null,
        reason: 'Replaced by its correction',
        createdAt: '2026-03-01T09:00:00Z',
      },
      {
        id: 'Q29udGVudDox:INSTAGRAM',
        content: { id: story.id, title: 'A new mom’s first photo' },
        channel: 'INSTAGRAM',
        postId: 'ig-1',
        reason: 'Consent was revoked',
        createdAt: '2026-03-05T09:00:00Z',
      },
    ]);
  });

  it('drop a take-down a confirmation answered as confirmed, until the list itself is newer', () => {
    const confirmed = {
      ...story,
      version: 4,
      takedowns: story.takedowns.map((t) => ({ ...t, state: 'CONFIRMED' as const })),
    };
    const answered = new Map([[story.id, confirmed]]);
    expect(openTakedownRows([story, tip], answered).map((row) => row.id)).toEqual(['Q29udGVudDoy:FACEBOOK']);
    const reopened = { ...story, version: 5 };
    expect(openTakedownRows([reopened], answered).map((row) => row.id)).toEqual(['Q29udGVudDox:INSTAGRAM']);
  });

  it('are counted for the home panel, open ones only', () => {
    expect(countOpenTakedowns([story, tip])).toBe(2);
    expect(countOpenTakedowns([])).toBe(0);
  });
});
