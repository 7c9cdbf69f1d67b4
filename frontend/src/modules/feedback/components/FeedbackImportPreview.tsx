import type { CsvRecord } from '@/ui/utils/parseCsv';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, type ImportMapping } from '../utils/feedbackImportMapping';
import { cellOf } from '../utils/feedbackImportRows';

const PREVIEW_ROWS = 5;

/** The first rows of the file as the mapping reads them, field by field, with their line numbers. */
export function FeedbackImportPreview({ records, mapping }: { records: readonly CsvRecord[]; mapping: ImportMapping }) {
  const fields = IMPORT_FIELDS.filter((field) => mapping.columns[field] !== null);
  const shown = records.slice(0, PREVIEW_ROWS);
  return (
    <section aria-labelledby="import-preview-title">
      <h2 id="import-preview-title">Preview</h2>
      <p className="muted">
        The first {Math.min(PREVIEW_ROWS, records.length)} of {records.length} rows, as they will be read.
      </p>
      <div className="table-wrap">
        <table className="table table--compact">
          <caption className="visually-hidden">The first rows of the file</caption>
          <thead>
            <tr>
              <th scope="col">Line</th>
              {fields.map((field) => (
                <th key={field} scope="col">
                  {IMPORT_FIELD_LABELS[field]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shown.map((record) => (
              <tr key={record.line}>
                <th scope="row">{record.line}</th>
                {fields.map((field) => (
                  <td key={field} className={field === 'message' ? 'import-preview__message' : undefined}>
                    {cellOf(record, mapping, field)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
