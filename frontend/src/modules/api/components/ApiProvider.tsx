import { useRef, useState, type ReactNode } from 'react';
import { useAuth } from 'react-oidc-context';
import { Provider } from 'urql';
import { currentPath } from '@/modules/auth/utils/currentPath';
import { createApiClient } from '../utils/createApiClient';

/**
 * Gives the app one GraphQL client for its lifetime that always sends the current access
 * token; an UNAUTHORIZED answer sends the user back through sign-in.
 */
export function ApiProvider({ children }: { children: ReactNode }) {
  const auth = useAuth();
  const authRef = useRef(auth);
  authRef.current = auth;

  const [client] = useState(
    () =>
      createApiClient({
        getAccessToken: () => authRef.current.user?.access_token,
        onUnauthorized: () => {
          const current = authRef.current;
          if (!current.activeNavigator) void current.signinRedirect({ state: { returnTo: currentPath() } });
        },
      }).client,
  );

  return <Provider value={client}>{children}</Provider>;
}
