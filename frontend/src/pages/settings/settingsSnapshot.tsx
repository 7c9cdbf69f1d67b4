import { useCallback, useState, type ReactNode } from 'react';
import { useClient, type AnyVariables, type CombinedError, type TypedDocumentNode } from 'urql';
import { useOneShotQuery } from '@/modules/api/hooks/useOneShotQuery';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { PageHeading } from '@/ui/layout/PageHeading';
import { SettingsSections } from './SettingsSections';

interface Versioned {
  version: number;
}

/**
 * A settings page's object, read once (a snapshot, not useQuery: urql would refetch it behind the
 * form's back after every save), and the newer of what was read and what a save answered.
 * `select` must be stable (a module-level function).
 */
export function useSettingsSnapshot<Data, Variables extends AnyVariables, T extends Versioned>(
  document: TypedDocumentNode<Data, Variables>,
  select: (data: Data) => T | undefined,
) {
  const [{ data, error, fetching }, reload] = useOneShotQuery(document, {} as Variables);
  const [saved, setSaved] = useState<T | null>(null);
  const queried = data ? select(data) : undefined;
  const current = saved && queried && saved.version > queried.version ? saved : queried;
  return { queried, current, error, fetching, reload, onSaved: setSaved };
}

/** Reads the page's object again from the network, for an edit conflict's "theirs". */
export function useRereadSettings<Data, Variables extends AnyVariables, T>(
  document: TypedDocumentNode<Data, Variables>,
  select: (data: Data) => T | undefined,
) {
  const client = useClient();
  return useCallback(
    () =>
      client
        .query(document, {} as Variables, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => (result.data ? select(result.data) : undefined)),
    [client, document, select],
  );
}

interface LoadingProps {
  title: string;
  /** "Loading settings…" */
  label: string;
  error?: CombinedError;
  fetching: boolean;
  onRetry: () => void;
}

/** A settings page before its object arrives: its heading, the sections, and loading or the error. */
export function SettingsLoading({ title, label, error, fetching, onRetry }: LoadingProps) {
  return (
    <>
      <PageHeading title={title} />
      <SettingsSections />
      {error && !fetching ? (
        <ErrorState message={describeGraphqlError(error)} onRetry={onRetry} />
      ) : (
        <LoadingState label={label} />
      )}
    </>
  );
}

interface FrameProps<T> {
  title: string;
  /** What the settings are; the frame adds that only admins can change them, to those who cannot. */
  description: string;
  /** "Loading settings…" */
  loadingLabel: string;
  snapshot: ReturnType<typeof useSettingsSnapshot<never, AnyVariables, T & Versioned>>;
  canChange: boolean;
  /**
   * The admin's form, mounted once: it keeps its base version (the last save's answer, or the
   * latest version read after a conflict) and the focus in it.
   */
  edit: (read: { queried: T; current: T; onSaved: (saved: T) => void }) => ReactNode;
  /** What everyone else sees. */
  details: (current: T) => ReactNode;
}

/** A settings page: its heading and sections, then loading, the admin's form or the settings as they are. */
export function SettingsFrame<T extends Versioned>({
  title,
  description,
  loadingLabel,
  snapshot,
  canChange,
  edit,
  details,
}: FrameProps<T>) {
  const { queried, current } = snapshot;
  if (!queried || !current) {
    return (
      <SettingsLoading
        title={title}
        label={loadingLabel}
        error={snapshot.error}
        fetching={snapshot.fetching}
        onRetry={snapshot.reload}
      />
    );
  }
  return (
    <>
      <PageHeading
        title={title}
        description={canChange ? description : `${description} Only admins can change them.`}
      />
      <SettingsSections />
      {canChange ? edit({ queried, current, onSaved: snapshot.onSaved }) : details(current)}
    </>
  );
}
