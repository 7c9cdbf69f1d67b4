import path from 'node:path';
import { defineConfig } from '@playwright/test';
import e2e from '../playwright.config.ts';

// `make lighthouse` (npm run lighthouse): the end-to-end stack, started exactly as the
// end-to-end tests start it (dev IdP, development MongoDB, API, production build behind
// `vite preview`), and one spec that runs Lighthouse against it. Not part of `make test`.
const frontend = path.resolve(import.meta.dirname, '..');
const servers = Array.isArray(e2e.webServer) ? e2e.webServer : e2e.webServer ? [e2e.webServer] : [];

export default defineConfig({
  ...e2e,
  testDir: '.',
  testMatch: 'lighthouse.spec.ts',
  outputDir: '../test-results/lighthouse',
  retries: 0,
  timeout: 20 * 60_000,
  reporter: [['list']],
  // Their commands are relative to frontend/, where the end-to-end config lives.
  webServer: servers.map((server) => ({ ...server, cwd: frontend })),
});
