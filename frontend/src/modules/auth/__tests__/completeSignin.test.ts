import { describe, expect, it } from 'vitest';
import type { User } from 'oidc-client-ts';
import { completeSignin, safeReturnTo } from '../utils/completeSignin';

describe('completeSignin', () => {
  it('removes code and state from the address bar and returns to where the user was going', () => {
    window.history.pushState({}, '', '/callback?code=secret-code&state=abc');
    completeSignin({ state: { returnTo: '/campaigns?status=ACTIVE' } } as unknown as User);
    expect(window.location.pathname + window.location.search).toBe('/campaigns?status=ACTIVE');
  });

  it('falls back to the start page without a return path', () => {
    window.history.pushState({}, '', '/callback?code=secret-code&state=abc');
    completeSignin(undefined);
    expect(window.location.href).not.toMatch(/code=|state=/);
    expect(window.location.pathname).toBe('/');
  });

  it('never redirects off-site or back to the callback', () => {
    expect(safeReturnTo({ returnTo: 'https://evil.example/' })).toBe('/');
    expect(safeReturnTo({ returnTo: '//evil.example/' })).toBe('/');
    expect(safeReturnTo({ returnTo: '/callback?code=x' })).toBe('/');
    expect(safeReturnTo({ returnTo: '/segments' })).toBe('/segments');
  });
});
