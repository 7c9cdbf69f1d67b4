import { afterEach, describe, expect, it } from 'vitest';
import {
  applyThemeChoice,
  nextThemeChoice,
  readThemeChoice,
  saveThemeChoice,
  THEME_STORAGE_KEY,
} from '../theme/themePreference';

describe('themePreference', () => {
  afterEach(() => {
    localStorage.clear();
    document.documentElement.removeAttribute('data-theme');
  });

  it('follows the system until the user chooses', () => {
    expect(readThemeChoice()).toBe('system');
  });

  it('keeps an explicit choice and forgets it for the system', () => {
    saveThemeChoice('dark');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('dark');
    expect(readThemeChoice()).toBe('dark');
    saveThemeChoice('system');
    expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
    expect(readThemeChoice()).toBe('system');
  });

  it('ignores a stored value it does not know', () => {
    localStorage.setItem(THEME_STORAGE_KEY, 'sepia');
    expect(readThemeChoice()).toBe('system');
  });

  it('follows the system when storage refuses access', () => {
    const refusing = {
      getItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
      setItem: () => {
        throw new DOMException('denied', 'SecurityError');
      },
    } as unknown as Storage;
    expect(() => saveThemeChoice('dark', refusing)).not.toThrow();
    expect(readThemeChoice(refusing)).toBe('system');
  });

  it('sets data-theme on <html> only for an explicit choice', () => {
    applyThemeChoice('dark');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    applyThemeChoice('light');
    expect(document.documentElement).toHaveAttribute('data-theme', 'light');
    applyThemeChoice('system');
    expect(document.documentElement).not.toHaveAttribute('data-theme');
  });

  it.each([
    [false, ['dark', 'light', 'system']],
    [true, ['light', 'dark', 'system']],
  ])('cycles from the system to the other theme first (system dark: %s)', (systemDark, expected) => {
    const seen: string[] = [];
    let choice = nextThemeChoice('system', systemDark);
    for (let i = 0; i < 3; i++, choice = nextThemeChoice(choice, systemDark)) seen.push(choice);
    expect(seen).toEqual(expected);
  });
});
