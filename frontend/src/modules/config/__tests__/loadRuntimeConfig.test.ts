// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { loadRuntimeConfig, parseRuntimeConfig } from '../utils/loadRuntimeConfig';

describe('runtime configuration', () => {
  it('reads the issuer and client id from /config.json', async () => {
    const fetchMock = vi.fn(async () =>
      Response.json({ oidcIssuer: 'https://idp.example/', oidcClientId: 'carepulse-spa' }),
    );
    await expect(loadRuntimeConfig(fetchMock)).resolves.toEqual({
      oidcIssuer: 'https://idp.example',
      oidcClientId: 'carepulse-spa',
    });
    expect(fetchMock).toHaveBeenCalledWith('/config.json', { cache: 'no-store' });
  });

  it('defaults the client id and rejects a config without issuer', () => {
    expect(parseRuntimeConfig({ oidcIssuer: 'http://localhost:9000' }).oidcClientId).toBe('carepulse-spa');
    expect(() => parseRuntimeConfig({})).toThrow(/oidcIssuer/);
  });

  it('fails clearly when the file is missing', async () => {
    await expect(loadRuntimeConfig(async () => new Response('', { status: 404 }))).rejects.toThrow(/HTTP 404/);
  });
});
