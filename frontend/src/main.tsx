// First, so that a theme chosen in the header applies before anything is painted.
import './ui/theme/applyStoredTheme';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { isAudiencePath } from './modules/liveqa/utils/liveSessionPaths';
import { loadRuntimeConfig } from './modules/config/utils/loadRuntimeConfig';
import { PublicApp } from './PublicApp';
import { FullPageMessage } from './ui/layout/FullPageMessage';
import './ui/theme/global.css';

const root = createRoot(document.getElementById('root')!);

// The audience page needs no sign-in: it is routed before, and outside of, the OIDC provider.
if (isAudiencePath(window.location.pathname)) {
  root.render(
    <StrictMode>
      <PublicApp />
    </StrictMode>,
  );
} else {
  loadRuntimeConfig().then(
    (config) =>
      root.render(
        <StrictMode>
          <App config={config} />
        </StrictMode>,
      ),
    (error: unknown) =>
      root.render(
        <FullPageMessage title="CarePulse could not start">
          <p role="alert">{error instanceof Error ? error.message : 'The configuration could not be loaded.'}</p>
        </FullPageMessage>,
      ),
  );
}
