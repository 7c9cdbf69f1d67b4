import { useCallback, useState } from 'react';
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
