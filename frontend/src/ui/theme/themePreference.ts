/**
 * The colour theme the user chose with the header's toggle. Without a choice the system setting
 * (prefers-color-scheme) applies; a choice is kept in localStorage and set as
 * <html data-theme="light|dark">, which global.css reads (it sets color-scheme, and each colour
 * token has a light and a dark value).
 */
export type ThemeChoice = 'system' | 'light' | 'dark';

export const THEME_STORAGE_KEY = 'carepulse.theme';

/** The stored choice; 'system' when there is none, it is not one we know, or storage is off. */
export function readThemeChoice(storage: Storage | undefined = localStorageOrUndefined()): ThemeChoice {
  const stored = tryStorage(() => storage?.getItem(THEME_STORAGE_KEY));
  return stored === 'light' || stored === 'dark' ? stored : 'system';
}

/** Keeps the choice for the next visits ('system' forgets it); ignored when storage is off. */
export function saveThemeChoice(choice: ThemeChoice, storage: Storage | undefined = localStorageOrUndefined()): void {
  tryStorage(() =>
    choice === 'system' ? storage?.removeItem(THEME_STORAGE_KEY) : storage?.setItem(THEME_STORAGE_KEY, choice),
  );
}

/** Shows the page in the chosen theme: data-theme for an explicit choice, none for the system's. */
export function applyThemeChoice(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', choice);
}

/** Whether the system setting asks for dark colours. */
export function systemPrefersDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia('(prefers-color-scheme: dark)').matches;
}

/**
 * The choice after this one: first the theme the system does not show, then the other, then
 * back to the system's, so that every press changes what is seen or what is stored.
 */
export function nextThemeChoice(choice: ThemeChoice, systemDark: boolean): ThemeChoice {
  const away: ThemeChoice = systemDark ? 'light' : 'dark';
  const back: ThemeChoice = systemDark ? 'dark' : 'light';
  if (choice === 'system') return away;
  return choice === away ? back : 'system';
}

// Private browsing and locked-down browsers may refuse storage: the theme then lasts the page.
function localStorageOrUndefined(): Storage | undefined {
  return tryStorage(() => window.localStorage);
}

function tryStorage<T>(access: () => T): T | undefined {
  try {
    return access();
  } catch {
    return undefined;
  }
}
