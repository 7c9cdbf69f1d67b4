import type { FeedbackSource, FeedbackVisibility } from '@/generated/graphql';
import { Fieldset } from '@/ui/form/Fieldset';
import { SelectField, type Option } from '@/ui/form/SelectField';
import { SOURCE_OPTIONS } from '../utils/feedbackLabels';
import {
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  type ImportField,
  type ImportMapping,
} from '../utils/feedbackImportMapping';

const VISIBILITY_OPTIONS: Option<FeedbackVisibility>[] = [
  { value: 'PUBLIC', label: 'Public (comments, reviews)' },
  { value: 'PRIVATE', label: 'Private (messages)' },
];

const HINTS: Partial<Record<ImportField, string>> = {
  externalId: 'The same source and ID twice is one thread: importing a file again adds nothing twice.',
  rating: 'Whole stars, 1 to 5; may be empty.',
  sentAt: 'A date such as 2026-11-29, or with its time: 2026-11-29T16:21:39Z. Empty means now.',
  source: 'E.g. GOOGLE_REVIEW or “Google review”.',
  visibility: 'PUBLIC or PRIVATE.',
};

interface Props {
  headers: readonly string[];
  mapping: ImportMapping;
  onChange: (mapping: ImportMapping) => void;
}

/** Which column of the file fills each field (found by header name first); source and visibility may be one value for all. */
export function FeedbackImportMapping({ headers, mapping, onChange }: Props) {
  const columns: Option[] = headers.map((header, index) => ({
    value: String(index),
    label: header || `Column ${index + 1}`,
  }));
  const setColumn = (field: ImportField, value: string) =>
    onChange({ ...mapping, columns: { ...mapping.columns, [field]: value === '' ? null : Number(value) } });
  return (
    <Fieldset
      id="import-mapping"
      label="Columns"
      hint="Which column of your file holds each field. Fields found by their header are chosen already."
    >
      <div className="import-mapping">
        {IMPORT_FIELDS.map((field) => (
          <div key={field} className="import-mapping__field">
            <SelectField
              id={`import-column-${field}`}
              label={IMPORT_FIELD_LABELS[field]}
              hint={HINTS[field]}
              value={mapping.columns[field] === null ? '' : String(mapping.columns[field])}
              emptyLabel="Not in the file"
              options={columns}
              onChange={(value) => setColumn(field, value)}
            />
            {field === 'source' && mapping.columns.source === null && (
              <SelectField<FeedbackSource>
                id="import-source-all"
                label="Source of every row"
                value={mapping.source}
                emptyLabel="Choose a source"
                options={SOURCE_OPTIONS}
                onChange={(source) => onChange({ ...mapping, source })}
              />
            )}
            {field === 'visibility' && mapping.columns.visibility === null && (
              <SelectField<FeedbackVisibility>
                id="import-visibility-all"
                label="Visibility of every row"
                value={mapping.visibility}
                emptyLabel="Choose a visibility"
                options={VISIBILITY_OPTIONS}
                onChange={(visibility) => onChange({ ...mapping, visibility })}
              />
            )}
          </div>
        ))}
      </div>
    </Fieldset>
  );
}
