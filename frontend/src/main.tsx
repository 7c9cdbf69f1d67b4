import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { loadRuntimeConfig } from './modules/config/utils/loadRuntimeConfig';
import { FullPageMessage } from './ui/layout/FullPageMessage';
import './ui/theme/global.css';

const root = createRoot(document.getElementById('root')!);

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
