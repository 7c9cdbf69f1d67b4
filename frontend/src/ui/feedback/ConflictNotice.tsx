import { Alert } from './Alert';

interface ConflictNoticeProps {
  what: string;
  onReload: () => void;
}

/** Shown when an optimistic-concurrency check fails: someone saved first. */
export function ConflictNotice({ what, onReload }: ConflictNoticeProps) {
  return (
    <Alert tone="warning" title={`Someone else changed this ${what}`}>
      <p>Your change was not saved because the {what} was updated after you opened it.</p>
      <button type="button" className="button" onClick={onReload}>
        Reload latest version
      </button>
    </Alert>
  );
}
