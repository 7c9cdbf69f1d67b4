import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './feedback.css';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  /** What happens on confirming, in plain words: the consequence, not "Are you sure?". */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Danger styles the confirm button for what cannot be undone. */
  tone?: 'danger' | 'primary';
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}

const FOCUSABLE =
  'button:not([disabled]), [href], input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * A modal <dialog> that asks before an action that cannot be taken back. showModal() makes the
 * rest of the page inert; Tab also wraps inside the dialog (for browsers, and jsdom, without
 * it), Escape cancels, the safe choice has focus first, and focus goes back where it was.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, title, children, confirmLabel, cancelLabel = 'Cancel', tone = 'danger', busy = false } = props;
  const id = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const onCancelRef = useRef(props.onCancel);
  onCancelRef.current = props.onCancel;

  useEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !open) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    cancelRef.current?.focus();
    // The browser's own Escape handling closes the dialog: tell the owner instead, who closes it.
    const onNativeCancel = (event: Event) => {
      event.preventDefault();
      onCancelRef.current();
    };
    dialog.addEventListener('cancel', onNativeCancel);
    return () => {
      dialog.removeEventListener('cancel', onNativeCancel);
      if (typeof dialog.close === 'function' && dialog.open) dialog.close();
      else dialog.removeAttribute('open');
      opener?.focus();
    };
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLDialogElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      props.onCancel();
      return;
    }
    if (event.key !== 'Tab') return;
    const focusable = [...event.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
    if (focusable.length === 0) return;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialogRef}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onKeyDown={onKeyDown}
    >
      {open && (
        <>
          <h2 id={`${id}-title`} className="confirm-dialog__title">
            {title}
          </h2>
          <div id={`${id}-body`} className="confirm-dialog__body">
            {children}
          </div>
          <div className="button-row confirm-dialog__actions">
            <button ref={cancelRef} type="button" className="button" onClick={props.onCancel}>
              {cancelLabel}
            </button>
            <button
              type="button"
              className={tone === 'danger' ? 'button button--danger-solid' : 'button button--primary'}
              disabled={busy}
              onClick={props.onConfirm}
            >
              {confirmLabel}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
