import type { UndoToastController } from './useUndoToast';
import './feedback.css';

/**
 * The polite live region an undo offer appears in. The region is always rendered, so screen
 * readers announce the message when it arrives; the Undo button follows the message.
 */
export function UndoToast({ controller, undoLabel = 'Undo' }: { controller: UndoToastController; undoLabel?: string }) {
  const { toast, undo, dismiss, undoing, setPaused } = controller;
  return (
    <div className="toast-region" aria-live="polite" aria-atomic="true">
      {toast && (
        <div
          key={toast.key}
          className="toast"
          onMouseEnter={() => setPaused(true)}
          onMouseLeave={() => setPaused(false)}
          onFocus={() => setPaused(true)}
          onBlur={() => setPaused(false)}
        >
          <p className="toast__message">{toast.message}</p>
          <button
            type="button"
            className="button button--small toast__undo"
            disabled={undoing}
            onClick={() => void undo()}
          >
            {undoing ? 'Undoing…' : undoLabel}
          </button>
          <button type="button" className="button button--small button--quiet toast__close" onClick={dismiss}>
            <span aria-hidden="true">×</span>
            <span className="visually-hidden">Dismiss</span>
          </button>
        </div>
      )}
    </div>
  );
}
