import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { AddFeedbackNoteDocument, type FeedbackThreadDetailFragment } from '@/generated/graphql';
import { personName } from '@/modules/content/utils/personName';
import { TextAreaField } from '@/ui/form/TextAreaField';
import { formatDateTime } from '@/ui/utils/format';
import { threadChangeOutcome } from '../utils/threadChange';

const NOTE_MAX = 5000;

interface Props {
  thread: Pick<FeedbackThreadDetailFragment, 'id' | 'notes'>;
  /** Given to those who may add notes. */
  onChanged?: (thread: FeedbackThreadDetailFragment) => void;
}

/** Notes staff leave one another on a thread: kept in CarePulse, never sent to the patient. */
export function FeedbackNotes({ thread, onChanged }: Props) {
  const notes = thread.notes ?? [];
  return (
    <>
      <p className="muted">Internal, never sent: only your colleagues in CarePulse read these notes.</p>
      {notes.length === 0 ? (
        <p className="muted">No notes yet.</p>
      ) : (
        <ol className="feedback-notes">
          {notes.map((note) => (
            <li key={note.id} className="feedback-note">
              <p className="feedback-note__meta">
                <strong>Internal note, never sent</strong>
                <span>{personName(note.by)}</span>
                <time dateTime={note.at}>{formatDateTime(note.at)}</time>
              </p>
              <p className="feedback-note__text">{note.text}</p>
            </li>
          ))}
        </ol>
      )}
      {onChanged && <AddNoteForm threadId={thread.id} onChanged={onChanged} />}
    </>
  );
}

function AddNoteForm({ threadId, onChanged }: { threadId: string; onChanged: Required<Props>['onChanged'] }) {
  const [{ fetching }, addNote] = useMutation(AddFeedbackNoteDocument);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [status, setStatus] = useState('');
  const fieldRef = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('');
    const trimmed = text.trim();
    if (!trimmed) return setError('Enter the note');
    if (trimmed.length > NOTE_MAX)
      return setError(`Keep the note to ${NOTE_MAX.toLocaleString('en-US')} characters or fewer`);
    const result = await addNote({ input: { threadId, text: trimmed } });
    const outcome = threadChangeOutcome(result.data?.addFeedbackNote, result.error);
    if (outcome.kind !== 'done') {
      setError(outcome.kind === 'failed' ? outcome.message : 'The note was not added: try again.');
      fieldRef.current?.querySelector('textarea')?.focus();
      return;
    }
    setError(undefined);
    setText('');
    setStatus('Internal note added.');
    onChanged(outcome.thread);
  };

  return (
    <form ref={fieldRef} className="form" onSubmit={(event) => void submit(event)} noValidate>
      <TextAreaField
        id="feedback-note-text"
        label="New internal note"
        hint="For your colleagues: the patient never sees it."
        value={text}
        onChange={setText}
        error={error}
        rows={3}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={fetching}>
          {fetching ? 'Adding…' : 'Add internal note'}
        </button>
      </div>
      <p className="live-status" role="status">
        {status}
      </p>
    </form>
  );
}
