/**
 * Pages and states of a feature that the end-to-end accessibility check opens, signed in as an
 * admin of the demo data, and checks with axe. Each feature lists its own in
 * `src/pages/<feature>/accessibility.e2e.ts` (plain data, no app code), found by
 * `e2e/accessibility.spec.ts`: adding a feature's pages touches no shared file.
 */
export interface AccessibilityState {
  /** How the state is named in a violation report, e.g. "campaign detail". */
  name: string;
  /** Done in order, each after the page settled. */
  steps: AccessibilityStep[];
}

export type AccessibilityStep =
  /** Open a path of the SPA. */
  | { goto: string }
  /** Open a list and follow the link of its first row (not one whose text matches `excluding`). */
  | { openFirstRow: string; excluding?: string }
  /** Follow the link with this accessible name. */
  | { clickLink: string }
  /** Type into the field with this label (to reach a state demo data does not seed, such as a new draft). */
  | { fill: string; value: string }
  /** Choose an option, by its label, of the select with this label. */
  | { select: string; option: string }
  /** Press the button with this accessible name. */
  | { clickButton: string }
  /** Wait until a button with this name is visible. */
  | { expectButton: string }
  /** Wait until the page's heading (level 1) has this name. */
  | { expectHeading: string };
