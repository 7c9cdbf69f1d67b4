import { useEffect, useRef, type ReactNode } from 'react';
import { DataTable, type Column } from '../data-display/DataTable';

/** One field whose saved value is not what the user typed. */
export interface ConflictChange {
  label: string;
  /** The value now saved, as someone else left it. */
  theirs: string;
  /** What the user typed and has not saved. */
  mine: string;
}

const shown = (value: string) => value || '(empty)';

const COLUMNS: readonly Column<ConflictChange & { id: string }>[] = [
  { header: 'Field', rowHeader: true, cell: (change) => change.label },
  { header: 'Theirs (saved)', cell: (change) => shown(change.theirs) },
  { header: 'Mine (not saved)', cell: (change) => shown(change.mine) },
];

/**
 * Brings a notice to where the user is: scrolled into view and focused when it appears, so a
 * screen reader reads it and sighted users need not look for it.
 */
function useRevealed<E extends HTMLElement>(again?: unknown) {
  const ref = useRef<E>(null);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    element.focus({ preventScroll: true });
    element.scrollIntoView?.({ block: 'nearest' });
  }, [again]);
  return ref;
}

interface EditConflictNoticeProps {
  /** What was edited, e.g. "campaign" or "settings". */
  what: string;
  plural?: boolean;
  /** Fields where the saved value differs from the user's; null while the latest version loads. */
  changes: readonly ConflictChange[] | null;
  /** Why the latest version could not be read, if it could not. */
  failure?: string;
  onReapply: () => void;
  onDiscard: () => void;
  /** Reads the latest version again after a failure. */
  onRetry: () => void;
}

/**
 * A save refused because someone else saved first (a stale expectedVersion): what they changed
 * beside what the user typed, and the two ways on. Put it next to the submit button.
 */
export function EditConflictNotice(props: EditConflictNoticeProps) {
  const { what, plural = false, changes, failure } = props;
  const ref = useRevealed<HTMLElement>(changes === null);
  const titleId = `conflict-title-${what.replaceAll(' ', '-')}`;
  return (
    <section ref={ref} className="alert alert--warning conflict" tabIndex={-1} aria-labelledby={titleId}>
      <h2 id={titleId} className="alert__title">
        Not saved: someone else changed {plural ? 'these' : 'this'} {what}
      </h2>
      <p>
        The {what} {plural ? 'were' : 'was'} saved by someone else after you opened {plural ? 'them' : 'it'}.
        {changes && changes.length > 0 && ' Here is what is saved now beside what you typed.'}
      </p>
      {failure && (
        <p>
          {failure}{' '}
          <button type="button" className="button" onClick={props.onRetry}>
            Try again
          </button>
        </p>
      )}
      {changes === null && !failure && <p className="muted">Loading the latest version…</p>}
      {changes && changes.length > 0 && (
        <DataTable
          caption={`Saved values and your values of the ${what}`}
          columns={COLUMNS}
          rows={changes.map((change) => ({ ...change, id: change.label }))}
        />
      )}
      {changes && changes.length === 0 && <p>What is saved now matches what you typed.</p>}
      <div className="button-row">
        <button type="button" className="button button--primary" onClick={props.onReapply} disabled={changes === null}>
          Reload and reapply my changes
        </button>
        <button type="button" className="button" onClick={props.onDiscard} disabled={changes === null}>
          Discard my changes
        </button>
      </div>
    </section>
  );
}

/** What the user chose in an EditConflictNotice, said in the same place, with the focus. */
export function ConflictResolvedNotice({ children }: { children: ReactNode }) {
  const ref = useRevealed<HTMLDivElement>();
  return (
    <div ref={ref} className="alert alert--info" tabIndex={-1} role="status">
      {children}
    </div>
  );
}
