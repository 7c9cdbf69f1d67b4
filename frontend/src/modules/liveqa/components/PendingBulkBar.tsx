import { useEffect, useRef } from 'react';
import '../styles/liveqa.css';

interface Props {
  selectedCount: number;
  /** Pending questions on screen, the ones "Select all" selects. */
  shownCount: number;
  busy: boolean;
  onSelectAll: (all: boolean) => void;
  onApprove: () => void;
  onReject: () => void;
}

/** Approve or reject several pending questions at once (moderateQuestions). */
export function PendingBulkBar({ selectedCount, shownCount, busy, onSelectAll, onApprove, onReject }: Props) {
  const allRef = useRef<HTMLInputElement>(null);
  const all = selectedCount > 0 && selectedCount >= shownCount;
  useEffect(() => {
    if (allRef.current) allRef.current.indeterminate = selectedCount > 0 && !all;
  }, [selectedCount, all]);
  return (
    <div className="bulk-bar" role="group" aria-label="Pending questions: bulk actions">
      <label className="checkbox bulk-bar__all">
        <input ref={allRef} type="checkbox" checked={all} onChange={(event) => onSelectAll(event.target.checked)} />
        Select all
      </label>
      <span className="bulk-bar__count" aria-live="polite">
        {selectedCount} selected
      </span>
      <button type="button" className="button button--small" disabled={busy || selectedCount === 0} onClick={onApprove}>
        Approve selected
      </button>
      <button
        type="button"
        className="button button--small button--danger"
        disabled={busy || selectedCount === 0}
        onClick={onReject}
      >
        Reject selected
      </button>
    </div>
  );
}
