import type { ThemeDefinitionFieldsFragment } from '@/generated/graphql';
import { DataTable } from '@/ui/data-display/DataTable';

/** The taxonomy for staff who may read but not change it. */
export function ThemeTaxonomyDetails({ themes }: { themes: readonly ThemeDefinitionFieldsFragment[] }) {
  if (themes.length === 0) return <p className="empty">Your organisation has no themes yet.</p>;
  return (
    <DataTable
      caption="Feedback themes"
      columns={[
        { header: 'Theme', rowHeader: true, cell: (theme) => theme.label },
        { header: 'Words and phrases that signal it', cell: (theme) => theme.cues.join(', ') },
        { header: 'Kind', cell: (theme) => (theme.builtIn ? 'Built in' : 'Your organisation’s') },
      ]}
      rows={themes.map((theme) => ({ ...theme, id: theme.key }))}
    />
  );
}
