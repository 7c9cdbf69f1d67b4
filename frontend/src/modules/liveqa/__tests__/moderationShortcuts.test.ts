import { describe, expect, it } from 'vitest';
import { isTypingTarget, moderationActionFor, shortcutFor } from '../utils/moderationShortcuts';

const press = (key: string, target: EventTarget | null = document.body, modifiers = {}) =>
  shortcutFor({ key, altKey: false, ctrlKey: false, metaKey: false, target, ...modifiers });

describe('moderation shortcuts', () => {
  it.each([
    ['j', 'next'],
    ['ArrowDown', 'next'],
    ['k', 'previous'],
    ['ArrowUp', 'previous'],
    ['a', 'approve'],
    ['r', 'reject'],
    ['e', 'edit'],
    ['p', 'pin'],
    ['m', 'answer'],
    ['x', 'toggleSelect'],
    ['u', 'undo'],
    ['/', 'search'],
  ])('maps %s to %s', (key, command) => {
    expect(press(key)).toBe(command);
  });

  it('ignores other keys and keys with a modifier (browser shortcuts)', () => {
    expect(press('z')).toBeNull();
    expect(press('A')).toBeNull();
    expect(press('r', document.body, { ctrlKey: true })).toBeNull();
    expect(press('a', document.body, { metaKey: true })).toBeNull();
  });

  it('stays silent while the moderator types', () => {
    const textarea = document.createElement('textarea');
    const input = document.createElement('input');
    const editable = document.createElement('div');
    editable.setAttribute('contenteditable', 'true');
    const inside = document.createElement('span');
    editable.append(inside);
    for (const target of [textarea, input, inside]) expect(press('a', target)).toBeNull();
    expect(isTypingTarget(document.createElement('button'))).toBe(false);
    const checkbox = Object.assign(document.createElement('input'), { type: 'checkbox' });
    expect(press('a', checkbox)).toBe('approve');
  });

  it('toggles the pin and edits only pending questions', () => {
    expect(moderationActionFor('pin', { status: 'APPROVED', allowedActions: ['PIN', 'MARK_ANSWERED'] })).toBe('PIN');
    expect(moderationActionFor('pin', { status: 'APPROVED', allowedActions: ['UNPIN'] })).toBe('UNPIN');
    expect(moderationActionFor('edit', { status: 'PENDING', allowedActions: ['EDIT'] })).toBe('EDIT');
    expect(moderationActionFor('edit', { status: 'APPROVED', allowedActions: [] })).toBeNull();
    expect(moderationActionFor('answer', { status: 'APPROVED', allowedActions: [] })).toBe('MARK_ANSWERED');
    expect(moderationActionFor('next', { status: 'APPROVED', allowedActions: [] })).toBeNull();
  });
});
