// @vitest-environment node
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineScripts, securityHeaders } from '../securityHeadersPlugin.ts';

describe('securityHeaders', () => {
  it('allows no inline script in the built app, and talks only to itself and the identity provider', () => {
    const csp = securityHeaders({ issuerOrigin: 'https://idp.example.org', dev: false, inlineScriptHashes: [] })[
      'Content-Security-Policy'
    ];
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self';");
    expect(csp).toContain("connect-src 'self' https://idp.example.org");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
  });

  it("allows the dev server's inline scripts by hash, never as 'unsafe-inline'", () => {
    const csp = securityHeaders({ issuerOrigin: 'http://localhost:9000', dev: true, inlineScriptHashes: ['abc='] })[
      'Content-Security-Policy'
    ];
    expect(csp).toContain("script-src 'self' 'sha256-abc='");
    expect(csp.split('; ').find((d) => d.startsWith('script-src'))).not.toContain('unsafe-inline');
  });
});

describe('inlineScripts', () => {
  it('finds the bodies of inline scripts and skips external ones', () => {
    const body = 'import { injectIntoGlobalHook } from "/@react-refresh";';
    const html = `<head><script type="module" src="/@vite/client"></script><script type="module">${body}</script></head>`;
    expect(inlineScripts(html)).toEqual([body]);
    expect(createHash('sha256').update(body).digest('base64')).toHaveLength(44);
  });
});
