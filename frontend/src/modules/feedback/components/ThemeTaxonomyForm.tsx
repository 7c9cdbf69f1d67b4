import { useCallback, useState } from 'react';
import { useMutationForm, type SubmitOutcome } from '@/modules/api/hooks/useMutationForm';
import { FormErrorSummary, type SummaryItem } from '@/ui/form/FormErrorSummary';
import { RepeatableRows } from '@/ui/form/RepeatableRows';
import { TextField } from '@/ui/form/TextField';
import {
  checkThemeTaxonomy,
  CUE_LENGTH_MAX,
  CUES_MAX,
  FIX_THE_ROWS,
  newThemeRow,
  routeThemeTaxonomyErrors,
  sameThemeTaxonomy,
  THEME_LABEL_MAX,
  THEME_TAXONOMY_FIELDS,
  themeRowName,
  THEMES_MAX,
  type ThemeRowErrors,
  type ThemeTaxonomyFormValues,
} from '../utils/themeTaxonomyForm';

const ID = 'theme-taxonomy';
const LABELS = { themes: 'Themes' };
const fieldId = () => ID;
const rowFieldId = (rowKey: string, field: 'label' | 'cues') => `${ID}-${rowKey}-${field}`;

interface Props {
  initialValues: ThemeTaxonomyFormValues;
  /** The mutation: its userErrors as the server gave them. */
  onSubmit: (values: ThemeTaxonomyFormValues) => Promise<SubmitOutcome>;
}

/**
 * The taxonomy's themes as rows of a name and the words that signal it. Built-in themes can be
 * renamed and given other cues, but not removed; the organisation adds its own. A problem, found
 * here or by the server, shows on the row and field it concerns, and in the summary above.
 */
export function ThemeTaxonomyForm({ initialValues, onSubmit }: Props) {
  const [rowErrors, setRowErrors] = useState<ThemeRowErrors>({});
  const validate = useCallback((values: ThemeTaxonomyFormValues) => {
    const found = checkThemeTaxonomy(values);
    setRowErrors(found.rows);
    if (found.list) return { themes: found.list };
    return Object.keys(found.rows).length > 0 ? { themes: FIX_THE_ROWS } : {};
  }, []);
  const submit = useCallback(
    async (values: ThemeTaxonomyFormValues): Promise<SubmitOutcome> => {
      const outcome = await onSubmit(values);
      if (!('userErrors' in outcome)) return outcome;
      const routed = routeThemeTaxonomyErrors(outcome.userErrors, values.themes);
      setRowErrors(routed.rows);
      return { userErrors: routed.rest };
    },
    [onSubmit],
  );
  const form = useMutationForm({
    initialValues,
    fields: THEME_TAXONOMY_FIELDS,
    labels: LABELS,
    fieldId,
    validate,
    submit,
    isUnchanged: sameThemeTaxonomy,
  });
  const themes = form.field('themes');
  const rows = themes.value;
  const summary: SummaryItem[] = [
    ...(form.fieldErrors.themes && form.fieldErrors.themes !== FIX_THE_ROWS
      ? [{ message: form.fieldErrors.themes, targetId: ID }]
      : []),
    ...rows.flatMap((row, index) =>
      (['label', 'cues'] as const).flatMap((field) => {
        const message = rowErrors[row.key]?.[field];
        if (!message) return [];
        const what = field === 'label' ? 'name' : 'words and phrases';
        return [{ message: `${themeRowName(row, index)}, ${what}: ${message}`, targetId: rowFieldId(row.key, field) }];
      }),
    ),
    ...form.formErrors.map((message) => ({ message })),
  ];
  // A row's errors go once it is edited: they no longer describe what it holds.
  const onChange = (next: typeof rows) => {
    const changed = next.filter((row) => rows.find((held) => held.key === row.key) !== row).map((row) => row.key);
    if (changed.some((key) => rowErrors[key])) {
      setRowErrors((current) => Object.fromEntries(Object.entries(current).filter(([key]) => !changed.includes(key))));
    }
    themes.onChange(next);
  };

  return (
    <form className="form" onSubmit={form.onSubmit} noValidate aria-busy={form.submitting}>
      <FormErrorSummary items={summary} attempt={form.attempt} />
      <RepeatableRows
        {...themes}
        onChange={onChange}
        hint={`Up to ${THEMES_MAX} themes. A message touches a theme when it uses one of its words or phrases (up to ${CUES_MAX}, each up to ${CUE_LENGTH_MAX} characters).`}
        emptyText="No themes yet."
        addLabel="Add theme"
        newRow={() => newThemeRow()}
        rowName={(index) => themeRowName(rows[index] ?? { label: '' }, index).toLowerCase()}
        removable={(row) => !row.builtIn}
        maxRows={THEMES_MAX}
        listClassName="theme-rows"
        rowClassName="theme-row"
      >
        {(row, { index, update }) => (
          <>
            <TextField
              id={rowFieldId(row.key, 'label')}
              label={`Theme ${index + 1} name`}
              hint={
                row.builtIn
                  ? `Built in: can be renamed, not removed. ${THEME_LABEL_MAX} characters at most.`
                  : `${THEME_LABEL_MAX} characters at most.`
              }
              value={row.label}
              onChange={(label) => update({ label })}
              error={rowErrors[row.key]?.label}
              autoComplete="off"
            />
            <TextField
              id={rowFieldId(row.key, 'cues')}
              label={`Theme ${index + 1} words and phrases`}
              hint="Separated by commas, e.g. waited, wait time, delay"
              value={row.cues}
              onChange={(cues) => update({ cues })}
              error={rowErrors[row.key]?.cues}
              autoComplete="off"
            />
          </>
        )}
      </RepeatableRows>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={form.submitting}>
          {form.submitting ? 'Saving…' : 'Save themes'}
        </button>
      </div>
    </form>
  );
}
