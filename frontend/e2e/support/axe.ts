import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { settled } from './signIn.ts';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The rules whose outcome depends on the colours, the only ones a change of theme can change. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Serious and critical axe violations of the current page, one line each; with `rules`, only
 * those rules are run (a second theme need not run the structural ones again).
 */
export async function seriousViolations(page: Page, label: string, rules?: string[]): Promise<string[]> {
  await settled(page);
  // Legacy mode: axe.run() in the page itself. The default runs each frame partially and then
  // finishes in a new blank page, once per check: a third of the sweep's time, for frames our
  // pages do not have (no iframes; a cross-origin frame would go unchecked in this mode).
  const builder = new AxeBuilder({ page }).setLegacyMode();
  const { violations } = await (rules ? builder.withRules(rules) : builder.withTags(WCAG_TAGS)).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${label}: ${violation.id} (${violation.impact}) at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}
