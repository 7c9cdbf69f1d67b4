import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { EngagementCsvLayoutsDocument, type EngagementCsvLayoutsQuery } from '@/generated/graphql';
import { useEngagementCsvImport, type ImportState } from '@/modules/analytics/hooks/useEngagementCsvImport';
import {
  columnLabel,
  ENGAGEMENT_CSV_MAX_BYTES,
  measuredAtInput,
  type ImportProblem,
} from '@/modules/analytics/utils/engagementImport';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { RequirePermission } from '@/modules/viewer/components/RequirePermission';
import { usePermissions } from '@/modules/viewer/hooks/usePermissions';
import { Alert } from '@/ui/feedback/Alert';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { CheckboxField } from '@/ui/form/CheckboxField';
import { SelectField } from '@/ui/form/SelectField';
import { TextField } from '@/ui/form/TextField';
import { PageHeading } from '@/ui/layout/PageHeading';
import { downloadText } from '@/ui/utils/csv';
import { formatNumber } from '@/ui/utils/format';
import '@/modules/analytics/styles/analytics.css';

type Layout = EngagementCsvLayoutsQuery['engagementCsvLayouts'][number];

export function EngagementImportPage() {
  const { canImportEngagement } = usePermissions();
  return (
    <RequirePermission allowed={canImportEngagement} what="import engagement figures">
      <EngagementImport />
    </RequirePermission>
  );
}

function EngagementImport() {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: EngagementCsvLayoutsDocument });
  const layouts = data?.engagementCsvLayouts;
  const importing = useEngagementCsvImport();
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [layout, setLayout] = useState('');
  const [measuredAt, setMeasuredAt] = useState('');
  const [skipBadLines, setSkipBadLines] = useState(false);
  const busy = importing.state.kind === 'busy';

  const start = (dryRun: boolean) => {
    if (!file) {
      setFileError('Choose the CSV file to import');
      return;
    }
    void importing.run({
      file,
      layout: layout || null,
      measuredAt: measuredAtInput(measuredAt),
      skipBadLines,
      dryRun,
    });
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start(false);
  };

  return (
    <>
      <PageHeading
        title="Import engagement figures"
        description="Exports from Facebook, Instagram, X and LinkedIn, or figures kept in CarePulse’s own layout, recorded with the checks a connector’s figures get. Importing the same file again changes no total."
      />
      <form className="panel" aria-labelledby="engagement-import-title" onSubmit={submit} noValidate>
        <h2 id="engagement-import-title">File</h2>
        <div className={fileError ? 'field field--invalid' : 'field'}>
          <label htmlFor="engagement-file" className="field__label">
            CSV file
          </label>
          <p id="engagement-file-hint" className="field__hint">
            A platform’s export or CarePulse’s layout (below), UTF-8, at most{' '}
            {formatNumber(ENGAGEMENT_CSV_MAX_BYTES / (1024 * 1024))} MB.
          </p>
          {fileError && (
            <p id="engagement-file-error" className="field__error">
              {fileError}
            </p>
          )}
          <input
            id="engagement-file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby={fileError ? 'engagement-file-hint engagement-file-error' : 'engagement-file-hint'}
            aria-invalid={fileError ? true : undefined}
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setFileError(undefined);
              importing.reset();
            }}
          />
        </div>
        <SelectField
          id="engagement-layout"
          label="Layout"
          hint="Found from the file’s header; choose one only if it is not."
          value={layout}
          onChange={setLayout}
          emptyLabel="Detect from the header"
          options={(layouts ?? []).map((option) => ({ value: option.id, label: option.name }))}
        />
        <TextField
          id="engagement-measured-at"
          type="datetime-local"
          label="Exported at"
          hint="A platform’s export holds each post’s totals so far: they count as measured at this time. Leave it empty for the time of the upload."
          value={measuredAt}
          onChange={setMeasuredAt}
        />
        <CheckboxField
          id="engagement-skip-bad-lines"
          label="Import the lines that can be read and list the others"
          hint="Otherwise a file with a bad line imports nothing, so it can be corrected and imported whole."
          value={skipBadLines}
          onChange={setSkipBadLines}
        />
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={busy}>
            {busy ? 'Working…' : 'Import'}
          </button>
          <button type="button" className="button" disabled={busy} onClick={() => start(true)}>
            Check the file first
          </button>
        </div>
        <ImportResult state={importing.state} />
      </form>
      <section className="panel" aria-labelledby="engagement-layouts-title">
        <h2 id="engagement-layouts-title">Layouts</h2>
        {error && !fetching ? (
          <ErrorState
            message={describeGraphqlError(error)}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : !layouts ? (
          <LoadingState label="Loading the layouts…" />
        ) : (
          layouts.map((described) => <LayoutDetails key={described.id} layout={described} />)
        )}
      </section>
    </>
  );
}

function ImportResult({ state }: { state: ImportState }) {
  if (state.kind === 'idle') return <p role="status" />;
  if (state.kind === 'busy')
    return (
      <p role="status">
        {state.step === 'uploading'
          ? 'Uploading the file…'
          : state.step === 'checking'
            ? 'Checking the file…'
            : 'Reading the file…'}
      </p>
    );
  if (state.kind === 'failed') return <Alert tone="error">{state.message}</Alert>;
  const { outcome } = state;
  if (outcome.kind === 'refused') {
    return (
      <>
        <Alert tone="error" title="Nothing was imported">
          <p>
            {outcome.layout
              ? `Read as ${outcome.layout}: ${formatNumber(outcome.lines)} ${outcome.lines === 1 ? 'line' : 'lines'} of figures. Correct the lines below and import the file again, or choose to import the lines that can be read.`
              : 'The file could not be read.'}
          </p>
        </Alert>
        <Problems problems={outcome.problems} title="What to correct" />
      </>
    );
  }
  if (outcome.kind === 'checked') {
    return (
      <>
        <Alert tone={outcome.problems.length > 0 ? 'warning' : 'info'} title="Checked: nothing recorded yet">
          <p>
            Read as {outcome.layout}: an import would record {formatNumber(outcome.figures)}{' '}
            {outcome.figures === 1 ? 'figure' : 'figures'} from {formatNumber(outcome.importedLines)} of{' '}
            {formatNumber(outcome.lines)} {outcome.lines === 1 ? 'line' : 'lines'}. Choose Import to record them.
          </p>
        </Alert>
        <Problems problems={outcome.problems} title="Lines an import would leave out" />
      </>
    );
  }
  return (
    <>
      <Alert tone={outcome.problems.length > 0 ? 'warning' : 'success'} title="Imported">
        <p>
          {formatNumber(outcome.figures)} {outcome.figures === 1 ? 'figure' : 'figures'} from{' '}
          {formatNumber(outcome.importedLines)} of {formatNumber(outcome.lines)}{' '}
          {outcome.lines === 1 ? 'line' : 'lines'}, read as {outcome.layout}. The charts include them within moments.
        </p>
      </Alert>
      <Problems problems={outcome.problems} title="Lines not imported" />
    </>
  );
}

function Problems({ problems, title }: { problems: readonly ImportProblem[]; title: string }) {
  if (problems.length === 0) return null;
  return (
    <section aria-labelledby="engagement-problems-title" className="import-problems">
      <h3 id="engagement-problems-title">{title}</h3>
      <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.line ?? 'file'}-${index}`}>{problem.message}</li>
        ))}
      </ul>
    </section>
  );
}

function LayoutDetails({ layout }: { layout: Layout }) {
  return (
    <details className="layout-details">
      <summary>{layout.name}</summary>
      <p>{layout.source}</p>
      <p>
        {layout.shape === 'FIGURE_PER_LINE'
          ? 'Each line is one figure.'
          : 'Each line is a post, with its totals so far in a column per metric.'}
      </p>
      <div className="table-wrap">
        <table className="table table--compact">
          <caption className="visually-hidden">Columns of {layout.name}</caption>
          <thead>
            <tr>
              <th scope="col">Holds</th>
              <th scope="col">Header (any of)</th>
              <th scope="col">Required</th>
            </tr>
          </thead>
          <tbody>
            {layout.columns.map((column) => (
              <tr key={column.holds}>
                <th scope="row">{columnLabel(column.holds)}</th>
                <td>{column.headers.join(', ')}</td>
                <td>{column.required ? 'Yes' : 'No'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {layout.example && (
        <button
          type="button"
          className="button button--quiet"
          onClick={() => downloadText(`${layout.id}-example.csv`, layout.example)}
        >
          Download an example of {layout.name}
        </button>
      )}
    </details>
  );
}
