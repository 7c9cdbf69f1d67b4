// @vitest-environment node
import type { Connect, Plugin, PreviewServer } from 'vite';
import { describe, expect, it } from 'vitest';
import { publicPagesPlugin } from '../publicPagesPlugin.ts';

function previewRewrite(plugin: Plugin): Connect.NextHandleFunction {
  let handler: Connect.NextHandleFunction | undefined;
  const server = {
    middlewares: { use: (fn: Connect.NextHandleFunction) => (handler = fn) },
  } as unknown as PreviewServer;
  (plugin.configurePreviewServer as (server: PreviewServer) => void)(server);
  return handler!;
}

describe('publicPagesPlugin', () => {
  it('serves the public entry for the public sections and leaves every other path alone', () => {
    const rewrite = previewRewrite(publicPagesPlugin());
    const served = (url: string) => {
      const req = { url } as Connect.IncomingMessage;
      rewrite(req, {} as never, () => {});
      return req.url;
    };
    expect(served('/live/RVRS2ASK')).toBe('/public.html');
    expect(served('/live/RVRS2ASK?x=1')).toBe('/public.html');
    expect(served('/campaigns')).toBe('/campaigns');
    expect(served('/assets/public-abc.js')).toBe('/assets/public-abc.js');
    expect(served('/live/')).toBe('/live/');
    expect(served('/consent')).toBe('/public.html');
    expect(served('/consent/revoke')).toBe('/public.html');
    expect(served('/consents')).toBe('/consents');
    expect(served('/consents/requests/new')).toBe('/consents/requests/new');
    expect(served('/s')).toBe('/public.html');
    expect(served('/surveys')).toBe('/surveys');
    expect(served('/surveys/new')).toBe('/surveys/new');
  });
});
