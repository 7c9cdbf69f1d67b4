interface ExportCsvButtonProps {
  exporting: boolean;
  message?: string;
  failed?: boolean;
  onExport: () => void;
  /** e.g. "Export audit log as CSV" */
  label: string;
}

/** The export control of a list, with what happened announced politely (or as an alert on failure). */
export function ExportCsvButton({ exporting, message, failed, onExport, label }: ExportCsvButtonProps) {
  return (
    <div className="export-csv">
      <button type="button" className="button" onClick={onExport} disabled={exporting} aria-busy={exporting}>
        {exporting ? 'Exporting…' : label}
      </button>
      <p
        className={failed ? 'export-csv__message error-text' : 'export-csv__message muted'}
        role={failed ? 'alert' : 'status'}
      >
        {message}
      </p>
    </div>
  );
}
