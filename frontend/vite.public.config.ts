import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/**
 * The public pages (public.html: the live audience page, the consent signing and revocation pages) built on their
 * own, after the staff app and into the same dist/, with React's API served by Preact's
 * compatibility layer: about 11 KB instead of React DOM's 64 KB gzipped, for members of the
 * public on phones. The same components run on React in development and in the unit tests.
 */
const REACT_ON_PREACT = [
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/jsx-dev-runtime' },
  { find: /^react$/, replacement: 'preact/compat' },
];

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [{ find: '@', replacement: fileURLToPath(new URL('./src', import.meta.url)) }, ...REACT_ON_PREACT],
  },
  build: {
    emptyOutDir: false,
    manifest: 'public-manifest.json',
    rolldownOptions: { input: { public: fileURLToPath(new URL('./public.html', import.meta.url)) } },
  },
});
