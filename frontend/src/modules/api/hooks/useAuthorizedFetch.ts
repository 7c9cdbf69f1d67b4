import { useCallback, useRef } from 'react';
import { useAuth } from 'react-oidc-context';

/**
 * fetch() for the API's plain HTTP endpoints beside GraphQL (file upload and download), sending
 * the signed-in user's current access token as the GraphQL client does (ApiProvider): in the
 * Authorization header, read at each call so a renewed token is used, never in the URL.
 */
export function useAuthorizedFetch(): (path: string, init?: RequestInit) => Promise<Response> {
  const auth = useAuth();
  const authRef = useRef(auth);
  authRef.current = auth;
  return useCallback((path, init = {}) => {
    const headers = new Headers(init.headers);
    const token = authRef.current.user?.access_token;
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return fetch(path, { ...init, headers, credentials: 'same-origin' });
  }, []);
}
