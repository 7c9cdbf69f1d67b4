import type { ReactNode } from 'react';
import { useQuery } from 'urql';
import { ViewerDocument } from '@/generated/graphql';
import { describeGraphqlError } from '@/modules/api/utils/classifyGraphqlError';
import { useSignOut } from '@/modules/auth/hooks/useSignOut';
import { ErrorState } from '@/ui/feedback/ErrorState';
import { LoadingState } from '@/ui/feedback/LoadingState';
import { FullPageMessage } from '@/ui/layout/FullPageMessage';
import { ViewerContext } from '../contexts/ViewerContext';

/** Loads who is signed in (organisation and roles) once; the UI takes roles from here, not from tokens. */
export function ViewerProvider({ children }: { children: ReactNode }) {
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ViewerDocument });
  const signOut = useSignOut();

  if (data?.viewer) return <ViewerContext.Provider value={data.viewer}>{children}</ViewerContext.Provider>;
  if (error && !fetching) {
    return (
      <FullPageMessage title="CarePulse is unavailable">
        <ErrorState
          message={describeGraphqlError(error)}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
        <button type="button" className="button" onClick={signOut}>
          Sign out
        </button>
      </FullPageMessage>
    );
  }
  return (
    <FullPageMessage title="Loading CarePulse">
      <LoadingState label="Loading your workspace…" />
    </FullPageMessage>
  );
}
