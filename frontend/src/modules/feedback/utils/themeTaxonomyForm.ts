import type {
  ThemeDefinitionFieldsFragment,
  UpdateFeedbackThemeTaxonomyInput,
  UserErrorFieldsFragment,
} from '@/generated/graphql';
import { splitList } from '@/ui/utils/splitList';

// The server's limits (UpdateFeedbackThemeTaxonomyInput), checked here first.
export const THEMES_MAX = 40;
export const THEME_LABEL_MAX = 60;
export const CUES_MAX = 50;
export const CUE_LENGTH_MAX = 60;

export interface ThemeRow {
  /** React's key for the row; not the theme's. */
  key: string;
  /** The theme's key; none for a theme added here (the server makes one from its label). */
  themeKey: string | null;
  builtIn: boolean;
  label: string;
  /** As typed: words and phrases separated by commas. */
  cues: string;
}

export interface ThemeTaxonomyFormValues {
  themes: ThemeRow[];
}

export const THEME_TAXONOMY_FIELDS = ['themes'] as const;
export type ThemeTaxonomyField = (typeof THEME_TAXONOMY_FIELDS)[number];

/** A row's own problems, by its field, keyed by the row's React key. */
export type ThemeRowErrors = Record<string, { label?: string; cues?: string }>;

/** The group's error when the problems are the rows' own, each shown on its row. */
export const FIX_THE_ROWS = 'Fix the themes marked below.';

let rowCounter = 0;
export const newThemeRow = (theme?: ThemeDefinitionFieldsFragment): ThemeRow => ({
  key: `theme-${++rowCounter}`,
  themeKey: theme?.key ?? null,
  builtIn: theme?.builtIn ?? false,
  label: theme?.label ?? '',
  cues: theme ? theme.cues.join(', ') : '',
});

export const taxonomyToFormValues = (themes: readonly ThemeDefinitionFieldsFragment[]): ThemeTaxonomyFormValues => ({
  themes: themes.map(newThemeRow),
});

/** The cues as sent: separated by commas, trimmed, blank ones and repeats dropped. */
export const cueList = (text: string) => splitList(text, /,/);

/** "Theme 3 (Parking)": how the form and its errors name a row. */
export const themeRowName = (row: Pick<ThemeRow, 'label'>, index: number) =>
  row.label.trim() ? `Theme ${index + 1} (${row.label.trim()})` : `Theme ${index + 1}`;

function rowProblems(row: ThemeRow, index: number, rows: readonly ThemeRow[]): ThemeRowErrors[string] {
  const problems: ThemeRowErrors[string] = {};
  const label = row.label.trim();
  const sameLabel = (other: ThemeRow) => other.label.trim().toLocaleLowerCase() === label.toLocaleLowerCase();
  if (!label) problems.label = 'Enter the theme’s name';
  else if (label.length > THEME_LABEL_MAX) problems.label = `Keep the name to ${THEME_LABEL_MAX} characters or fewer`;
  else if (rows.findIndex(sameLabel) < index) problems.label = 'Another theme above has this name';
  const cues = cueList(row.cues);
  if (cues.length === 0) problems.cues = 'Enter at least one word or phrase that signals the theme';
  else if (cues.length > CUES_MAX) problems.cues = `Enter ${CUES_MAX} words or phrases or fewer (${cues.length} now)`;
  else if (cues.some((cue) => cue.length > CUE_LENGTH_MAX))
    problems.cues = `Keep each word or phrase to ${CUE_LENGTH_MAX} characters or fewer`;
  return problems;
}

/** What the server would refuse: the list's own problem, and each row's, told before sending. */
export function checkThemeTaxonomy(values: ThemeTaxonomyFormValues): { list?: string; rows: ThemeRowErrors } {
  const rows: ThemeRowErrors = {};
  values.themes.forEach((row, index) => {
    const problems = rowProblems(row, index, values.themes);
    if (problems.label || problems.cues) rows[row.key] = problems;
  });
  const list = values.themes.length > THEMES_MAX ? `Keep ${THEMES_MAX} themes or fewer` : undefined;
  return { list, rows };
}

/** The whole taxonomy, in the rows' order: built-in and kept themes by their key, new ones without. */
export const buildThemeTaxonomyInput = (values: ThemeTaxonomyFormValues): UpdateFeedbackThemeTaxonomyInput => ({
  themes: values.themes.map((row) => ({
    ...(row.themeKey ? { key: row.themeKey } : {}),
    label: row.label.trim(),
    cues: cueList(row.cues),
  })),
});

/**
 * Splits the server's refusals: a row's (["input", "themes", "3", "label"], or its cues, one of
 * them named by its place in the list sent) go to that row's field, keyed by the row; the rest
 * (the list as a whole, the form) pass on, with the group's FIX_THE_ROWS when rows have any.
 */
export function routeThemeTaxonomyErrors(
  errors: readonly UserErrorFieldsFragment[],
  rows: readonly ThemeRow[],
): { rows: ThemeRowErrors; rest: UserErrorFieldsFragment[] } {
  const byRow: ThemeRowErrors = {};
  const rest: UserErrorFieldsFragment[] = [];
  for (const error of errors) {
    const path = error.field ?? [];
    const at = path.indexOf('themes');
    const row = at >= 0 && /^\d+$/.test(path[at + 1] ?? '') ? rows[Number(path[at + 1])] : undefined;
    if (!row) {
      rest.push(error);
      continue;
    }
    const field = path[at + 2] === 'cues' ? 'cues' : 'label';
    const position = path[at + 3];
    const cue = field === 'cues' && position !== undefined ? cueList(row.cues)[Number(position)] : undefined;
    const message = cue ? `“${cue}”: ${error.message}` : error.message;
    const held = byRow[row.key]?.[field];
    byRow[row.key] = { ...byRow[row.key], [field]: held ? `${held} ${message}` : message };
  }
  if (Object.keys(byRow).length > 0) rest.push({ field: ['input', 'themes'], code: 'INVALID', message: FIX_THE_ROWS });
  return { rows: byRow, rest };
}

const withoutKeys = (values: ThemeTaxonomyFormValues) => values.themes.map(({ key: _key, ...row }) => row);

/** Whether two sets of values hold the same taxonomy, whatever React keys their rows were given. */
export const sameThemeTaxonomy = (a: ThemeTaxonomyFormValues, b: ThemeTaxonomyFormValues) =>
  JSON.stringify(withoutKeys(a)) === JSON.stringify(withoutKeys(b));
