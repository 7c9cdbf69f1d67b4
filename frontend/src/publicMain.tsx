// The public pages' own entry (public.html): built apart from the staff app, on Preact's
// React-compatible runtime (vite.public.config.ts), so a phone on a venue's network downloads a
// fraction of what the staff app needs. First, so a theme chosen in the header applies before paint.
import './ui/theme/applyStoredTheme';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { loadPublicPage } from './app/publicPages';
import { PublicApp } from './PublicApp';
import './ui/theme/global.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PublicApp page={loadPublicPage(window.location.pathname)} />
  </StrictMode>,
);
