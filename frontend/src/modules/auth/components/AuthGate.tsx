import { useEffect, type ReactNode } from 'react';
import { hasAuthParams, useAuth } from 'react-oidc-context';
import { Alert } from '@/ui/feedback/Alert';
import { FullPageMessage } from '@/ui/layout/FullPageMessage';
import { currentPath } from '../utils/currentPath';

/** Renders its children only for a signed-in user; everyone else is sent to the IdP. */
export function AuthGate({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const mustSignIn =
    !auth.isLoading && !auth.isAuthenticated && !auth.error && !auth.activeNavigator && !hasAuthParams();

  useEffect(() => {
    if (mustSignIn) void auth.signinRedirect({ state: { returnTo: currentPath() } });
  }, [auth, mustSignIn]);

  if (auth.isAuthenticated) return <>{children}</>;
  if (auth.error && !auth.isLoading) {
    return (
      <FullPageMessage title="Sign-in failed">
        <Alert tone="error">We could not sign you in: {auth.error.message}</Alert>
        <button type="button" className="button button--primary" onClick={() => void auth.signinRedirect()}>
          Sign in again
        </button>
      </FullPageMessage>
    );
  }
  return (
    <FullPageMessage title="Signing you in">
      <p role="status">Redirecting to sign in…</p>
    </FullPageMessage>
  );
}
