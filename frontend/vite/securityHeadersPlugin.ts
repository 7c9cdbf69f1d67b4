import { createHash } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import type { Connect, Plugin } from 'vite';

/**
 * The SPA's security headers in `vite` and `vite preview`, as nginx sends them in the container
 * image (nginx.conf.template): a Content-Security-Policy without 'unsafe-inline' scripts, no
 * framing, no referrer. The dev server's own inline scripts (React Fast Refresh) are allowed by
 * their SHA-256 hashes, taken from the HTML it serves; the production bundle has none.
 */
export function securityHeadersPlugin(env: NodeJS.ProcessEnv = process.env): Plugin {
  const issuerOrigin = new URL(env.OIDC_ISSUER_URI ?? 'http://localhost:9000').origin;
  const inlineScriptHashes = new Set<string>();
  const headers =
    (dev: boolean): Connect.NextHandleFunction =>
    (_req, res, next) => {
      // Set when the response is written, so the hashes of the page being served are known by then.
      const writeHead = res.writeHead;
      res.writeHead = function (this: ServerResponse, ...args: Parameters<ServerResponse['writeHead']>) {
        for (const [name, value] of Object.entries(
          securityHeaders({ issuerOrigin, dev, inlineScriptHashes: [...inlineScriptHashes] }),
        )) {
          if (!this.hasHeader(name)) this.setHeader(name, value);
        }
        return writeHead.apply(this, args);
      } as ServerResponse['writeHead'];
      next();
    };
  return {
    name: 'carepulse-security-headers',
    transformIndexHtml: {
      order: 'post',
      handler: (html) => {
        for (const script of inlineScripts(html)) inlineScriptHashes.add(sha256(script));
      },
    },
    configureServer: (server) => void server.middlewares.use(headers(true)),
    configurePreviewServer: (server) => void server.middlewares.use(headers(false)),
  };
}

interface PolicyInput {
  /** Origin of the OIDC provider the SPA signs in with: discovery, token and renewal calls go there. */
  issuerOrigin: string;
  /** The dev server: its styles are injected at runtime and its HMR client has inline scripts. */
  dev: boolean;
  /** base64 SHA-256 of each inline script the served HTML holds. */
  inlineScriptHashes: readonly string[];
}

export function securityHeaders({ issuerOrigin, dev, inlineScriptHashes }: PolicyInput): Record<string, string> {
  const scripts = ["'self'", ...inlineScriptHashes.map((hash) => `'sha256-${hash}'`)];
  const policy = [
    "default-src 'self'",
    `script-src ${scripts.join(' ')}`,
    // Vite's dev server injects CSS as <style> elements; the built app links its CSS files.
    dev ? "style-src 'self' 'unsafe-inline'" : "style-src 'self'",
    "img-src 'self' data:",
    `connect-src 'self' ${issuerOrigin}`,
    `frame-src ${issuerOrigin}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': policy,
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'no-referrer',
  };
}

/** The bodies of the inline <script> elements of a page (those without a src). */
export function inlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    if (!/\bsrc\s*=/i.test(match[1]) && match[2].trim() !== '') scripts.push(match[2]);
  }
  return scripts;
}

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('base64');
