import { Alert } from './Alert';

interface ConflictNoticeProps {
  what: string;
  /** `what` names several things, e.g. "settings". */
  plural?: boolean;
  onReload: () => void;
}

/** Shown when an optimistic-concurrency check fails: someone saved first. */
export function ConflictNotice({ what, plural = false, onReload }: ConflictNoticeProps) {
  return (
    <Alert tone="warning" title={`Someone else changed ${plural ? 'these' : 'this'} ${what}`}>
      <p>
        Your change was not saved because the {what} {plural ? 'were' : 'was'} updated after you opened{' '}
        {plural ? 'them' : 'it'}.
      </p>
      <button type="button" className="button" onClick={onReload}>
        Reload latest version
      </button>
    </Alert>
  );
}
