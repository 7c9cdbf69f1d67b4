import { useEffect, useState } from 'react';
import {
  applyThemeChoice,
  nextThemeChoice,
  readThemeChoice,
  saveThemeChoice,
  systemPrefersDark,
  THEME_STORAGE_KEY,
  type ThemeChoice,
} from '@/ui/theme/themePreference';

const LABELS: Record<ThemeChoice, string> = { system: 'System', light: 'Light', dark: 'Dark' };

/**
 * The header's colour theme button: each press moves to the next of system, light and dark
 * (`nextThemeChoice`). Its name says the current theme ("Theme: Dark"); the choice is stored
 * and applied at once, in every open tab.
 */
export function ThemeToggle() {
  const [choice, setChoice] = useState(readThemeChoice);

  // Another tab changed it: follow, so all tabs show the same theme.
  useEffect(() => {
    const follow = (event: StorageEvent) => {
      if (event.key !== THEME_STORAGE_KEY && event.key !== null) return;
      const stored = readThemeChoice();
      applyThemeChoice(stored);
      setChoice(stored);
    };
    window.addEventListener('storage', follow);
    return () => window.removeEventListener('storage', follow);
  }, []);

  const choose = () => {
    const next = nextThemeChoice(choice, systemPrefersDark());
    saveThemeChoice(next);
    applyThemeChoice(next);
    setChoice(next);
  };

  const next = LABELS[nextThemeChoice(choice, systemPrefersDark())].toLowerCase();
  return (
    <button type="button" className="button button--quiet" onClick={choose} title={`Switch to the ${next} theme`}>
      Theme: {LABELS[choice]}
    </button>
  );
}
