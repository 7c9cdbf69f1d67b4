import type { ReactNode } from 'react';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { TextField } from '@/ui/form/TextField';
import { describedBy } from '@/ui/form/Field';
import { usePhiScan } from '../hooks/usePhiScan';
import { PhiFindingsList } from './PhiFindingsList';

interface Props {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  required?: boolean;
  /** A text area of this many rows; a one-line input when absent. */
  rows?: number;
  /** Shown between the text and its findings (a counter, the reading grade), with this id. */
  note?: { id: string; content: ReactNode };
}

/** A text field whose text the PHI scanner reads as the author types, findings listed under it. */
export function ScannedField({ note, ...field }: Props) {
  const scan = usePhiScan(field.value);
  const findingsId = `${field.id}-phi`;
  return (
    <div className="scanned-field">
      {field.rows ? (
        <TextAreaField {...field} describedBy={describedBy(note?.id, findingsId)} />
      ) : (
        <TextField {...field} autoComplete="off" describedBy={describedBy(note?.id, findingsId)} />
      )}
      {note && (
        <div id={note.id} className="scanned-field__note">
          {note.content}
        </div>
      )}
      <PhiFindingsList id={findingsId} text={scan.text} findings={scan.findings} />
    </div>
  );
}
