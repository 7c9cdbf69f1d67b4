import { ConflictResolvedNotice, EditConflictNotice } from '@/ui/feedback/EditConflictNotice';
import type { EditConflict } from '../hooks/useEditConflict';

interface ConflictResolutionProps<T extends { version: number }, V extends object> {
  edit: EditConflict<T, V>;
  /** The form's values now: "mine" in the comparison and in a reapply. */
  values: V;
  /** What is edited, e.g. "campaign"; `plural` for e.g. "settings". */
  what: string;
  plural?: boolean;
}

/**
 * The conflict notice of a form that uses useEditConflict, or what the user chose in it. A form
 * renders it beside its submit button (`renderConflict`), where the user is looking.
 */
export function ConflictResolution<T extends { version: number }, V extends object>({
  edit,
  values,
  what,
  plural,
}: ConflictResolutionProps<T, V>) {
  if (edit.resolved === 'reapplied')
    return (
      <ConflictResolvedNotice>
        The latest version is loaded with your changes on top. Check them, then save again.
      </ConflictResolvedNotice>
    );
  if (edit.resolved === 'discarded')
    return <ConflictResolvedNotice>The latest version is loaded; your changes were discarded.</ConflictResolvedNotice>;
  if (!edit.conflict) return null;
  return (
    <EditConflictNotice
      what={what}
      plural={plural}
      changes={edit.changes(values)}
      failure={edit.conflict.status === 'failed' ? 'The latest version could not be loaded.' : undefined}
      onReapply={() => edit.reapply(values)}
      onDiscard={edit.discard}
      onRetry={edit.onConflict}
    />
  );
}
