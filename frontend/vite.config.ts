/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
import { runtimeConfigPlugin } from './vite/runtimeConfigPlugin.ts';
import { publicPagesPlugin } from './vite/publicPagesPlugin.ts';
import { securityHeadersPlugin } from './vite/securityHeadersPlugin.ts';

const port = Number(process.env.SPA_PORT ?? 5173);

const apiUrl = process.env.API_URL ?? 'http://localhost:8080';

// The SPA calls the API same-origin; HTTP, the graphql-ws socket and the API's plain HTTP
// endpoints under /api/ (consent documents: upload and download) go through this proxy. The
// browser's Origin goes through unchanged, so the API checks it (CORS_ALLOWED_ORIGINS must name
// this dev server, as `make run` and the end-to-end tests do); in the container image nginx
// checks it instead.
const proxy: Record<string, ProxyOptions> = {
  '/graphql': {
    target: apiUrl,
    ws: true,
    changeOrigin: true,
  },
  '/api/': {
    target: apiUrl,
    changeOrigin: true,
  },
};

export default defineConfig({
  plugins: [react(), runtimeConfigPlugin(), securityHeadersPlugin(), publicPagesPlugin()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port, strictPort: true, proxy },
  preview: { port, strictPort: true, proxy },
  build: {
    rolldownOptions: {
      output: {
        codeSplitting: {
          // Libraries change less often than the app: separate chunks stay cached across releases.
          // Split by who loads them (entriesAware), so the public audience page does not load the
          // staff app's router and sign-in libraries (`npm run size` measures it).
          groups: [{ name: 'vendor', test: /node_modules/, entriesAware: true }],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setupTests.ts'],
    // Every core: `make test` runs nothing else meanwhile (the default leaves one idle, which on a
    // two-core machine is half of them). Threads start faster than forks: 106 s → 68 s for 690 tests.
    pool: 'threads',
    maxWorkers: '100%',
    // One jsdom and one module cache per worker, not per file: 119 s → 38 s for 844 tests here.
    // Files must not lean on each other's leftovers: the DOM is cleaned after each test
    // (setupTests.ts), and the suite passes in shuffled order (`vitest run --sequence.shuffle`).
    isolate: false,
    include: ['src/**/*.test.{ts,tsx}', 'vite/**/*.test.ts'],
    css: false,
  },
});
