// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The colour tokens of global.css in one theme: `--color-x: light-dark(light, dark)` or one value. */
function tokens(theme: 'light' | 'dark'): Record<string, string> {
  const css = readFileSync(join(__dirname, '../theme/global.css'), 'utf8');
  const found: Record<string, string> = {};
  for (const [, name, value] of css.matchAll(/(--color-[\w-]+):\s*([^;]+);/g)) {
    const pair = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(value);
    found[name] = pair ? pair[theme === 'light' ? 1 : 2] : value.trim();
  }
  return found;
}

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};

const contrast = (a: string, b: string) => {
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (high + 0.05) / (low + 0.05);
};

/** Text and what it sits on (WCAG AA: 4.5:1). */
const TEXT_PAIRS: [string, string][] = [
  ['--color-text', '--color-surface'],
  ['--color-text', '--color-page'],
  ['--color-text', '--color-neutral-bg'],
  ['--color-text', '--color-warning-bg'],
  ['--color-text', '--color-danger-bg'],
  ['--color-muted', '--color-surface'],
  ['--color-muted', '--color-page'],
  ['--color-muted', '--color-muted-bg'],
  ['--color-primary', '--color-surface'],
  ['--color-primary', '--color-page'],
  ['--color-primary-dark', '--color-surface'],
  ['--color-primary-dark', '--color-primary-bg'],
  ['--color-on-primary', '--color-primary'],
  ['--color-on-primary', '--color-primary-dark'],
  ['--color-on-primary', '--color-danger'],
  ['--color-danger', '--color-surface'],
  ['--color-danger', '--color-page'],
  ['--color-danger-text', '--color-danger-bg'],
  ['--color-success-text', '--color-success-bg'],
  ['--color-warning-text', '--color-warning-bg'],
  ['--color-info-text', '--color-info-bg'],
  ['--color-header-text', '--color-header'],
  ['--color-header-muted', '--color-header'],
];

/** Borders that show a control's edge or a state (WCAG AA: 3:1). */
const NON_TEXT_PAIRS: [string, string][] = [
  ['--color-input-border', '--color-surface'],
  ['--color-primary', '--color-surface'],
  ['--color-danger', '--color-surface'],
  ['--color-success', '--color-surface'],
  ['--color-warning', '--color-warning-bg'],
  ['--color-header-border', '--color-header'],
];

describe.each(['light', 'dark'] as const)('the %s theme', (theme) => {
  const palette = tokens(theme);
  const failing = (pairs: [string, string][], minimum: number) =>
    pairs
      .map(([fore, back]) => ({ fore, back, ratio: contrast(palette[fore], palette[back]) }))
      .filter(({ ratio }) => !(ratio >= minimum))
      .map(({ fore, back, ratio }) => `${fore} on ${back}: ${ratio.toFixed(2)}`);

  it('defines every colour as a hex value', () => {
    expect(Object.keys(palette).length).toBeGreaterThan(20);
    expect(Object.entries(palette).filter(([, value]) => !/^#[0-9a-f]{6}$/i.test(value))).toEqual([]);
  });

  it('gives text 4.5:1 on its backgrounds', () => {
    expect(failing(TEXT_PAIRS, 4.5)).toEqual([]);
  });

  it('gives borders 3:1', () => {
    expect(failing(NON_TEXT_PAIRS, 3)).toEqual([]);
  });

  // The focus indicator is the outline with a ring inside it: one of the two stands out on any
  // background, and they stand out from each other.
  it('gives the focus indicator 3:1 on every background', () => {
    const weak = ['--color-page', '--color-surface', '--color-header'].filter(
      (back) =>
        Math.max(
          contrast(palette['--color-focus'], palette[back]),
          contrast(palette['--color-focus-inner'], palette[back]),
        ) < 3,
    );
    expect(weak).toEqual([]);
    expect(contrast(palette['--color-focus'], palette['--color-focus-inner'])).toBeGreaterThanOrEqual(3);
  });
});
