import { applyThemeChoice, readThemeChoice } from './themePreference';

// Imported first by main.tsx, so the stored theme is on <html> before the first render.
applyThemeChoice(readThemeChoice());
