// First, so that a theme chosen in the header applies before anything is painted.
import './ui/theme/applyStoredTheme';
import { StrictMode, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { isPublicPath, loadPublicPage } from './app/publicPages';
import { loadRuntimeConfig } from './modules/config/utils/loadRuntimeConfig';
import { FullPageMessage } from './ui/layout/FullPageMessage';
import './ui/theme/global.css';

const root = createRoot(document.getElementById('root')!);
const render = (node: ReactNode) => root.render(<StrictMode>{node}</StrictMode>);
const startFailed = (error: unknown) =>
  render(
    <FullPageMessage title="CarePulse could not start">
      <p role="alert">{error instanceof Error ? error.message : 'The configuration could not be loaded.'}</p>
    </FullPageMessage>,
  );

const { pathname } = window.location;
// The public pages need no sign-in: they load without, and outside of, the staff app (its own
// chunks, with the OIDC provider), and the page's chunk loads alongside the public app's.
if (isPublicPath(pathname)) {
  const page = loadPublicPage(pathname);
  import('./PublicApp').then(({ PublicApp }) => render(<PublicApp page={page} />), startFailed);
} else {
  Promise.all([loadRuntimeConfig(), import('./App')]).then(
    ([config, { App }]) => render(<App config={config} />),
    startFailed,
  );
}
