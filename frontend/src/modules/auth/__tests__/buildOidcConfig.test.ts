// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { buildOidcConfig } from '../utils/buildOidcConfig';

describe('buildOidcConfig', () => {
  it('uses the public client with the callback and post-logout addresses of this origin', () => {
    const config = buildOidcConfig(
      { oidcIssuer: 'http://localhost:9000', oidcClientId: 'carepulse-spa' },
      'http://localhost:5173',
    );
    expect(config).toMatchObject({
      authority: 'http://localhost:9000',
      client_id: 'carepulse-spa',
      redirect_uri: 'http://localhost:5173/callback',
      post_logout_redirect_uri: 'http://localhost:5173/',
      response_type: 'code',
      scope: 'openid profile email',
    });
  });
});
