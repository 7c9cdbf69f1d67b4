import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import type { AccessibilityState, AccessibilityStep } from '../src/app/accessibilityStates.ts';
import { seriousViolations } from './support/axe.ts';
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
  } else if ('expectButton' in step) {
    await expect(page.getByRole('button', { name: step.expectButton })).toBeVisible();
  } else {
    await expect(page.getByRole('heading', { level: 1, name: step.expectHeading })).toBeVisible();
  }
  await settled(page);
}

test('every page has no serious or critical accessibility violations', async ({ page }) => {
  test.setTimeout(180_000);
  await signIn(page, 'admin@riverside.example');
  const states = await featureStates();
  expect(states.map((state) => state.name)).toContain('campaign list');
  const found: string[] = [];
  for (const state of states) {
    for (const step of state.steps) await perform(page, step);
    found.push(...(await seriousViolations(page, state.name)));
  }

  // The app's own page, not a feature's.
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  found.push(...(await seriousViolations(page, '404')));

  expect(found).toEqual([]);
});

test('a form with errors stays accessible', async ({ page }) => {
  await signIn(page, 'marketer@riverside.example', '/campaigns/new');
  await page.getByRole('button', { name: 'Create campaign' }).click();
  await expect(page.getByRole('alert')).toContainText('Please fix the following');
  expect(await seriousViolations(page, 'campaign form with errors')).toEqual([]);
});
