import { downloadText, toCsv } from '@/ui/utils/csv';

interface Props {
  fileName: string;
  header: readonly string[];
  /** Made when pressed: the figures as shown, as text. */
  rows: () => readonly (readonly string[])[];
}

/** "Download CSV" of a chart's figures, above the chart (figures only: nothing here names a person). */
export function CsvDownloadButton({ fileName, header, rows }: Props) {
  return (
    <div className="panel__actions">
      <button
        type="button"
        className="button button--small button--quiet"
        onClick={() => downloadText(fileName, toCsv(header, rows()))}
      >
        Download CSV
      </button>
    </div>
  );
}
