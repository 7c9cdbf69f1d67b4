import { useCallback, useEffect, useRef, useState } from 'react';
import {
  FeedbackThemeTaxonomyDocument,
  type FeedbackThemeTaxonomyQuery,
  type ThemeDefinitionFieldsFragment,
} from '@/generated/graphql';
import { ThemeTaxonomyDetails } from '@/modules/feedback/components/ThemeTaxonomyDetails';
import { ThemeTaxonomyForm } from '@/modules/feedback/components/ThemeTaxonomyForm';
import { useUpdateThemeTaxonomy } from '@/modules/feedback/hooks/useUpdateThemeTaxonomy';
import { taxonomyToFormValues } from '@/modules/feedback/utils/themeTaxonomyForm';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { SettingsFrame, useSettingsSnapshot } from './settingsSnapshot';
import '@/modules/feedback/styles/feedback.css';

export function FeedbackThemesSettingsPage() {
  const { canReadThemeTaxonomy } = usePermissions();
  return (
    <RequirePermission allowed={canReadThemeTaxonomy} what="read the feedback themes">
      <FeedbackThemesSettings />
    </RequirePermission>
  );
}

interface Taxonomy {
  themes: ThemeDefinitionFieldsFragment[];
  /**
   * The API keeps no version of the taxonomy: 0 for what was read, and the count of saves made
   * here after it, so the snapshot keeps the newer of the two as it does for versioned settings.
   */
  version: number;
}

// One object per answer, so the snapshot's value stays the same between renders.
const read = new WeakMap<FeedbackThemeTaxonomyQuery, Taxonomy>();
const selectTaxonomy = (data: FeedbackThemeTaxonomyQuery) => {
  const held = read.get(data);
  if (held) return held;
  const taxonomy = { themes: data.feedbackThemeTaxonomy, version: 0 };
  read.set(data, taxonomy);
  return taxonomy;
};

function FeedbackThemesSettings() {
  const { canChangeThemeTaxonomy } = usePermissions();
  return (
    <SettingsFrame
      title="Feedback theme taxonomy"
      description="The clinical-service themes that Feedback themes counts in patients’ messages, survey answers and live questions, each with the words and phrases that signal it."
      loadingLabel="Loading the themes…"
      snapshot={useSettingsSnapshot(FeedbackThemeTaxonomyDocument, selectTaxonomy)}
      canChange={canChangeThemeTaxonomy}
      edit={({ current, onSaved }) => <EditTaxonomy taxonomy={current} onSaved={onSaved} />}
      details={(taxonomy) => <ThemeTaxonomyDetails themes={taxonomy.themes} />}
    />
  );
}

/**
 * The admin's editor. After a save the form starts again from the saved taxonomy, so a theme
 * added here is sent with the key the server gave it next time, not added twice.
 */
function EditTaxonomy({ taxonomy, onSaved }: { taxonomy: Taxonomy; onSaved: (taxonomy: Taxonomy) => void }) {
  const [saves, setSaves] = useState(taxonomy.version);
  const savedRef = useRef<HTMLParagraphElement>(null);
  const saved = useCallback(
    (themes: ThemeDefinitionFieldsFragment[]) => {
      const version = saves + 1;
      setSaves(version);
      onSaved({ themes, version });
    },
    [onSaved, saves],
  );
  const update = useUpdateThemeTaxonomy(saved);
  useEffect(() => {
    if (saves > 0) savedRef.current?.focus();
  }, [saves]);
  return (
    <>
      {saves > 0 && (
        <div className="alert alert--success" role="status">
          <p ref={savedRef} tabIndex={-1} className="alert__title">
            Themes saved. Messages from now on are counted with them; earlier counts keep their themes, under the new
            names.
          </p>
        </div>
      )}
      <ThemeTaxonomyForm key={saves} initialValues={taxonomyToFormValues(taxonomy.themes)} onSubmit={update} />
    </>
  );
}
