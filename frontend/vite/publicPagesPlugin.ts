import type { Connect, Plugin } from 'vite';
import { isInPublicSection } from '../src/app/publicSections.ts';

/**
 * `vite preview` serves the public entry (public.html, built on Preact by vite.public.config.ts)
 * for the public sections, as nginx does in the container image; every other path gets the staff
 * app's index.html. The dev server leaves them to main.tsx, which routes public paths itself.
 */
export function publicPagesPlugin(): Plugin {
  const rewrite: Connect.NextHandleFunction = (req, _res, next) => {
    const path = (req.url ?? '/').split('?')[0];
    if (isInPublicSection(path)) req.url = '/public.html';
    next();
  };
  return {
    name: 'carepulse-public-pages',
    configurePreviewServer: (server) => void server.middlewares.use(rewrite),
  };
}
