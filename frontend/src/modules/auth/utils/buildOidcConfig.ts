import type { AuthProviderProps } from 'react-oidc-context';
import type { RuntimeConfig } from '@/modules/config/utils/loadRuntimeConfig';
import { completeSignin } from './completeSignin';

/** Authorization code + PKCE for the public client; tokens stay in sessionStorage (library default). */
export function buildOidcConfig(config: RuntimeConfig, origin: string): AuthProviderProps {
  return {
    authority: config.oidcIssuer,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}/callback`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile email',
    // The session-check iframe needs third-party cookies at the IdP; expiry is handled by re-login.
    monitorSession: false,
    onSigninCallback: completeSignin,
  };
}
