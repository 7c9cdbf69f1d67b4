import type { User } from 'oidc-client-ts';

/** Where the user was heading when sign-in started; carried through the IdP in `state`. */
export interface SigninState {
  returnTo?: string;
}

/** Only same-origin paths, so a crafted state cannot send the user elsewhere. */
export function safeReturnTo(state: unknown): string {
  const returnTo = (state as SigninState | undefined)?.returnTo;
  if (typeof returnTo !== 'string' || !returnTo.startsWith('/') || returnTo.startsWith('//')) {
    return '/';
  }
  return returnTo.startsWith('/callback') ? '/' : returnTo;
}

/** Drops ?code=&state= from the address bar (and history) once the code is exchanged. */
export function completeSignin(user: User | void): void {
  window.history.replaceState({}, document.title, safeReturnTo(user?.state));
}
