import { useMemo, useState, type ChangeEvent } from 'react';
import { Link } from 'react-router';
import { FeedbackImportMapping } from '@/modules/feedback/components/FeedbackImportMapping';
import { FeedbackImportPreview } from '@/modules/feedback/components/FeedbackImportPreview';
import { ImportProblems } from '@/modules/feedback/components/ImportProblems';
import { useFeedbackImport, type ImportReport } from '@/modules/feedback/hooks/useFeedbackImport';
import { INBOX_PATH } from '@/modules/feedback/utils/feedbackPaths';
import { autoMap, type ImportMapping } from '@/modules/feedback/utils/feedbackImportMapping';
import { buildImportItems, IMPORT_BATCH_SIZE, mappingProblems } from '@/modules/feedback/utils/feedbackImportRows';
import { FEEDBACK_IMPORT_TEMPLATE } from '@/modules/feedback/utils/feedbackImportTemplate';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { Alert } from '@/ui/feedback/Alert';
import { BackLink } from '@/ui/layout/BackLink';
import { PageHeading } from '@/ui/layout/PageHeading';
import { downloadText } from '@/ui/utils/csv';
import { formatNumber } from '@/ui/utils/format';
import { parseCsv, type CsvRecord } from '@/ui/utils/parseCsv';
import '@/modules/feedback/styles/feedback.css';

/** A CSV export of reviews and comments is small; a bigger file is most likely the wrong one. */
const MAX_BYTES = 10 * 1024 * 1024;

interface LoadedFile {
  name: string;
  headers: string[];
  records: CsvRecord[];
}

export function FeedbackImportPage() {
  const { canImportFeedback } = usePermissions();
  return (
    <RequirePermission allowed={canImportFeedback} what="import feedback">
      <FeedbackImport />
    </RequirePermission>
  );
}

function FeedbackImport() {
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [mapping, setMapping] = useState<ImportMapping | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const sending = useFeedbackImport();

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0];
    setFile(null);
    setMapping(null);
    setFileError(null);
    sending.reset();
    if (!chosen) return;
    if (chosen.size > MAX_BYTES) return setFileError('This file is larger than 10 MB: split it into smaller files.');
    const parsed = parseCsv(await chosen.text());
    if (parsed.error) return setFileError(`Line ${parsed.error.line}: ${parsed.error.message}`);
    const [header, ...records] = parsed.records;
    if (!header || records.length === 0) return setFileError('This file has no rows under its header line.');
    setFile({ name: chosen.name, headers: header.cells.map((cell) => cell.trim()), records });
    setMapping(autoMap(header.cells));
  };

  return (
    <>
      <BackLink to={INBOX_PATH}>Inbox</BackLink>
      <PageHeading
        title="Import feedback from a CSV file"
        description="Reviews, comments and messages exported from a platform become inbox threads, checked for suspected PHI like any other. Importing the same file again adds nothing twice."
      />
      <section className="panel" aria-labelledby="import-file-title">
        <h2 id="import-file-title">File</h2>
        <div className="field">
          <label htmlFor="import-file" className="field__label">
            CSV file
          </label>
          <p id="import-file-hint" className="field__hint">
            The first line names the columns. Commas or semicolons, UTF-8.
          </p>
          <input
            id="import-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="import-file-hint"
            onChange={(event) => void pick(event)}
          />
        </div>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => downloadText('feedback-import-example.csv', FEEDBACK_IMPORT_TEMPLATE)}
        >
          Download an example file
        </button>
        {fileError && <Alert tone="error">{fileError}</Alert>}
      </section>
      {file && mapping && <ImportSetup file={file} mapping={mapping} onMapping={setMapping} sending={sending} />}
    </>
  );
}

function ImportSetup({
  file,
  mapping,
  onMapping,
  sending,
}: {
  file: LoadedFile;
  mapping: ImportMapping;
  onMapping: (mapping: ImportMapping) => void;
  sending: ReturnType<typeof useFeedbackImport>;
}) {
  const unmapped = mappingProblems(mapping);
  const checked = useMemo(() => buildImportItems(file.records, mapping), [file.records, mapping]);
  const { progress } = sending;
  const busy = progress.kind === 'sending';
  return (
    <>
      <FeedbackImportMapping headers={file.headers} mapping={mapping} onChange={onMapping} />
      <FeedbackImportPreview records={file.records} mapping={mapping} />
      <section className="panel" aria-labelledby="import-send-title">
        <h2 id="import-send-title">Import</h2>
        {unmapped.length > 0 ? (
          <ul className="error-text">
            {unmapped.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : (
          <>
            <p>
              {formatNumber(checked.items.length)} of {formatNumber(file.records.length)} rows of {file.name} are ready
              {checked.items.length > IMPORT_BATCH_SIZE && `, sent ${IMPORT_BATCH_SIZE} at a time`}.
            </p>
            {progress.kind !== 'done' && (
              <ImportProblems problems={checked.problems} title="Rows that will not be imported" />
            )}
          </>
        )}
        {progress.kind === 'done' ? (
          <ImportSummary report={progress.report} skipped={checked.problems.length} />
        ) : (
          <>
            <p role="status">
              {busy && `Importing… ${formatNumber(progress.sent)} of ${formatNumber(progress.total)} sent.`}
            </p>
            <button
              type="button"
              className="button button--primary"
              disabled={busy || unmapped.length > 0 || checked.items.length === 0}
              onClick={() => void sending.run(checked.items)}
            >
              {busy
                ? 'Importing…'
                : `Import ${formatNumber(checked.items.length)} ${checked.items.length === 1 ? 'row' : 'rows'}`}
            </button>
          </>
        )}
        {progress.kind === 'done' && (
          <ImportProblems
            problems={[...checked.problems, ...progress.report.failed].sort((a, b) => a.line - b.line)}
            title="Rows not imported"
          />
        )}
      </section>
    </>
  );
}

function ImportSummary({ report, skipped }: { report: ImportReport; skipped: number }) {
  const failed = report.failed.length + skipped;
  return (
    <div role="status">
      <Alert tone={failed > 0 ? 'warning' : 'success'} live={false} title="Import finished">
        <ul>
          <li>{formatNumber(report.created)} new in the inbox</li>
          <li>{formatNumber(report.unchanged)} imported before (unchanged)</li>
          <li>{formatNumber(failed)} not imported</li>
        </ul>
        <p>
          <Link to={INBOX_PATH}>Open the inbox</Link>
        </p>
      </Alert>
    </div>
  );
}
