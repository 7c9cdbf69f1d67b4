import { useCallback } from 'react';
import { useAuth } from 'react-oidc-context';

/** Ends the session at the IdP (end_session endpoint), which returns the user to the app root. */
export function useSignOut(): () => void {
  const auth = useAuth();
  return useCallback(() => {
    void auth.signoutRedirect({ id_token_hint: auth.user?.id_token });
  }, [auth]);
}
