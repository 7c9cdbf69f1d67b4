// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { takeLinkToken, tokenFromHash } from '../utils/linkToken';

const TOKEN = 'q9V_3x-Lk2mPz8RtYw4n';

describe('tokenFromHash', () => {
  it('reads the token from the fragment, bare or named', () => {
    expect(tokenFromHash(`#${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromHash(`#token=${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromHash(` #${TOKEN} `.trim())).toBe(TOKEN);
  });

  it('takes nothing that is not a token', () => {
    expect(tokenFromHash('')).toBeNull();
    expect(tokenFromHash('#')).toBeNull();
    expect(tokenFromHash('#short')).toBeNull();
    expect(tokenFromHash('#sign-signature')).toBeNull();
    expect(tokenFromHash('#abc def ghi jkl')).toBeNull();
    expect(tokenFromHash('#<script>alert(1)</script>')).toBeNull();
    expect(tokenFromHash('#%E0%A4%A')).toBeNull();
  });
});

describe('takeLinkToken', () => {
  const addressBar = (pathname: string, hash: string) => {
    const bar = {
      location: { pathname, search: '', hash },
      history: {
        state: null,
        replaceState: vi.fn((_state: unknown, _title: string, url: string) => {
          bar.location.hash = '';
          bar.location.pathname = url;
        }),
      },
    };
    return bar;
  };

  it('takes the token out of the address at once, without a new history entry', () => {
    const bar = addressBar('/consent', `#${TOKEN}`);
    expect(takeLinkToken(bar)).toBe(TOKEN);
    expect(bar.history.replaceState).toHaveBeenCalledWith(null, '', '/consent');
    expect(bar.location.hash).toBe('');
  });

  it('gives the same page its token again from memory (strict mode renders twice)', () => {
    const bar = addressBar('/consent/revoke', `#${TOKEN}x`);
    expect(takeLinkToken(bar)).toBe(`${TOKEN}x`);
    expect(takeLinkToken(bar)).toBe(`${TOKEN}x`);
    expect(bar.history.replaceState).toHaveBeenCalledTimes(1);
  });

  it('clears a fragment that holds no token too', () => {
    const bar = addressBar('/consent', '#nonsense here');
    expect(takeLinkToken(bar)).toBeNull();
    expect(bar.location.hash).toBe('');
  });
});
