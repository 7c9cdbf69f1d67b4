import type { ThemeDefinitionFieldsFragment } from '@/generated/graphql';
import type { Option } from '@/ui/form/SelectField';
import { humanize } from '@/ui/utils/format';

/** An emerging phrase's key: `phrase:` and its words. */
const PHRASE = 'phrase:';

export type ThemeLabeller = (key: string) => string;

/**
 * A theme key in words: the taxonomy's label ("Wait times"), an emerging phrase in quotes
 * (“parking garage”), or, for a key the taxonomy no longer has, the key made readable.
 */
export function themeLabeller(
  taxonomy: readonly Pick<ThemeDefinitionFieldsFragment, 'key' | 'label'>[],
): ThemeLabeller {
  const labels = new Map(taxonomy.map((theme) => [theme.key, theme.label]));
  return (key) => {
    const label = labels.get(key);
    if (label) return label;
    if (key.startsWith(PHRASE)) return `“${key.slice(PHRASE.length).trim()}”`;
    return humanize(key);
  };
}

/** The taxonomy's themes to filter by, with the one filtered by now even if the taxonomy has it no more. */
export function themeOptions(
  taxonomy: readonly Pick<ThemeDefinitionFieldsFragment, 'key' | 'label'>[],
  current: string,
): Option[] {
  const options = taxonomy.map((theme) => ({ value: theme.key, label: theme.label }));
  if (current && !options.some((option) => option.value === current)) {
    options.push({ value: current, label: themeLabeller(taxonomy)(current) });
  }
  return options;
}
