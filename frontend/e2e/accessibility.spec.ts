import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import type { AccessibilityState, AccessibilityStep } from '../src/app/accessibilityStates.ts';
import { COLOUR_RULES, seriousViolations } from './support/axe.ts';
import { settled, signIn } from './support/signIn.ts';

/** Every feature's states, from `src/pages/<feature>/accessibility.e2e.ts`, in folder order. */
async function featureStates(): Promise<AccessibilityState[]> {
  const pages = fileURLToPath(new URL('../src/pages/', import.meta.url));
  const files = readdirSync(pages, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(pages, entry.name, 'accessibility.e2e.ts')))
    .map((entry) => join(pages, entry.name, 'accessibility.e2e.ts'))
    .sort();
  const modules = await Promise.all(
    files.map((file) => import(pathToFileURL(file).href) as Promise<{ accessibilityStates: AccessibilityState[] }>),
  );
  return modules.flatMap((module) => module.accessibilityStates);
}

async function perform(page: Page, step: AccessibilityStep) {
  if ('goto' in step) {
    await page.goto(step.goto);
  } else if ('openFirstRow' in step) {
    await page.goto(step.openFirstRow);
    await settled(page);
    let rows = page.getByRole('table').getByRole('row');
    if (step.excluding) rows = rows.filter({ hasNotText: step.excluding });
    await rows.getByRole('link').first().click();
  } else if ('clickLink' in step) {
    await page.getByRole('link', { name: step.clickLink }).click();
  } else if ('fill' in step) {
    await page.getByLabel(step.fill, { exact: true }).fill(step.value);
    return;
  } else if ('select' in step) {
    await page.getByLabel(step.select, { exact: true }).selectOption({ label: step.option });
    return;
  } else if ('clickButton' in step) {
    await page.getByRole('button', { name: step.clickButton }).click();
  } else if ('expectButton' in step) {
    await expect(page.getByRole('button', { name: step.expectButton })).toBeVisible();
  } else {
    await expect(page.getByRole('heading', { level: 1, name: step.expectHeading })).toBeVisible();
  }
  await settled(page);
}

/** The page's background, the --color-page token of each theme (ui/theme/global.css). */
const PAGE_BACKGROUND = { light: 'rgb(244, 246, 249)', dark: 'rgb(15, 20, 25)' } as const;

// Every page and state in both themes: the system's setting, emulated, picks the colours. Each
// state is reached once and checked in light colours with every rule, then in dark colours with
// the rules colours decide (structure does not change with the theme), then back to light for the
// next state's steps: the suite's slowest test, so nothing is done twice.
test('every page has no serious or critical accessibility violations, in light and dark colours', async ({ page }) => {
  // Its budget on a slow machine: every page and state, twice. Alone on two cores it takes about
  // 1.5 minutes (2.1 before axe ran in the page); beside the suite's other worker, 4 to 5.
  test.setTimeout(540_000);
  const html = page.locator('html');
  await page.emulateMedia({ colorScheme: 'light' });
  await signIn(page, 'admin@riverside.example');
  await expect(html).toHaveCSS('background-color', PAGE_BACKGROUND.light);
  const states = await featureStates();
  expect(states.map((state) => state.name)).toContain('campaign list');
  const found: string[] = [];
  const inBothThemes = async (name: string) => {
    found.push(...(await seriousViolations(page, `${name} (light)`)));
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect(html).toHaveCSS('background-color', PAGE_BACKGROUND.dark);
    found.push(...(await seriousViolations(page, `${name} (dark)`, COLOUR_RULES)));
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(html).toHaveCSS('background-color', PAGE_BACKGROUND.light);
  };
  for (const state of states) {
    for (const step of state.steps) await perform(page, step);
    await inBothThemes(state.name);
  }

  // The app's own page, not a feature's.
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await inBothThemes('404');

  expect(found).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`in ${colorScheme} colours`, () => {
    test.use({ colorScheme });

    test('a form with errors stays accessible', async ({ page }) => {
      await signIn(page, 'marketer@riverside.example', '/campaigns/new');
      await page.getByRole('button', { name: 'Create campaign' }).click();
      await expect(page.getByRole('alert')).toContainText('Please fix the following');
      expect(await seriousViolations(page, 'campaign form with errors')).toEqual([]);
    });
  });
}

test('a theme chosen in the header overrides the system and survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await signIn(page, 'analyst@riverside.example');
  const html = page.locator('html');
  await page.getByRole('banner').getByRole('button', { name: 'Theme: System' }).click();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Theme: Dark' })).toBeFocused();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveCSS('background-color', PAGE_BACKGROUND.dark);

  await page.reload();
  await settled(page);
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(html).toHaveCSS('background-color', PAGE_BACKGROUND.dark);
  expect(await seriousViolations(page, 'campaign list, dark chosen on a light system')).toEqual([]);

  // Back to the system's setting, from the keyboard.
  await page.getByRole('banner').getByRole('button', { name: 'Theme: Dark' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('banner').getByRole('button', { name: 'Theme: System' })).toBeVisible();
  await expect(html).not.toHaveAttribute('data-theme');
  await expect(html).toHaveCSS('background-color', PAGE_BACKGROUND.light);
});
