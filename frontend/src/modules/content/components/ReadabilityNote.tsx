import { useMemo } from 'react';
import { formatGrade, readability, readabilityNote } from '../utils/readability';

/** The body's reading grade as the author types: a warning past grade 8, never a block. */
export function ReadabilityNote({ text, savedGrade }: { text: string; savedGrade?: number }) {
  const grade = useMemo(() => readability(text).grade, [text]);
  if (!text.trim()) return null;
  const note = readabilityNote(grade);
  return (
    <p className={note.tone === 'warning' ? 'readability readability--warning' : 'readability'}>
      {note.tone === 'warning' && <span className="visually-hidden">Warning: </span>}
      {note.text}
      {savedGrade !== undefined && <span className="muted"> (saved version: {formatGrade(savedGrade)})</span>}
    </p>
  );
}
