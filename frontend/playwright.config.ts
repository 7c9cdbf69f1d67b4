import os from 'node:os';
import path from 'node:path';
import { defineConfig } from '@playwright/test';
import { API_URL, IDP_URL, SPA_URL } from './e2e/support/urls.ts';

// Ports differ from `make run` (9000/8080/5173), so the suite never talks to a dev stack.
const java = process.env.JAVA_HOME ? path.join(process.env.JAVA_HOME, 'bin', 'java') : 'java';
const ci = Boolean(process.env.CI);
const port = (url: string) => new URL(url).port;
const stopGracefully = { signal: 'SIGTERM', timeout: 10_000 } as const;
/** The development MongoDB of the suite (not `make run`'s 27027). */
const DB_PORT = 19027;

export default defineConfig({
  testDir: './e2e',
  // Two files at once, each file's tests in order: on two cores the suite takes about a minute
  // less than one at a time (7.0–7.3 → 6.1 min; the accessibility sweep, a file of its own, runs
  // beside the rest). Every test makes or finds its own data, so none waits on another's.
  workers: 2,
  fullyParallel: false,
  forbidOnly: ci,
  retries: ci ? 1 : 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  outputDir: './test-results',
  reporter: ci ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    baseURL: SPA_URL,
    browserName: 'chromium',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  webServer: [
    {
      name: 'idp',
      command: `"${java}" -jar ../backend/dev-idp/target/carepulse-dev-idp.jar`,
      url: `${IDP_URL}/.well-known/openid-configuration`,
      env: {
        IDP_PORT: port(IDP_URL),
        SPA_URL,
        IDP_DATA_DIR: path.join(os.tmpdir(), 'carepulse-e2e-idp'),
      },
      reuseExistingServer: !ci,
      timeout: 120_000,
      gracefulShutdown: stopGracefully,
    },
    {
      // The development MongoDB, in memory: the API seeds the demo organisations on every start.
      name: 'db',
      command: `"${java}" -jar ../backend/dev-mongo/target/carepulse-dev-mongo-exec.jar memory ${DB_PORT}`,
      port: DB_PORT,
      reuseExistingServer: !ci,
      timeout: 60_000,
      gracefulShutdown: stopGracefully,
    },
    {
      name: 'api',
      command: `"${java}" -jar ../backend/target/carepulse-backend.jar`,
      url: `${API_URL}/actuator/health`,
      env: {
        PORT: port(API_URL),
        OIDC_ISSUER_URI: IDP_URL,
        MONGODB_URI: `mongodb://127.0.0.1:${DB_PORT}/carepulse`,
        PARTICIPANT_TOKEN_KEY_FILE: path.join(os.tmpdir(), 'carepulse-e2e-participant-token.key'),
        FIELD_ENCRYPTION_MASTER_KEY_FILE: path.join(os.tmpdir(), 'carepulse-e2e-field-encryption-master.key'),
        BLIND_INDEX_KEY_FILE: path.join(os.tmpdir(), 'carepulse-e2e-blind-index.key'),
        // The SPA's proxy passes the browser's Origin on; the API lets this one through.
        CORS_ALLOWED_ORIGINS: SPA_URL,
        // Consent signing links open the SPA under test.
        PUBLIC_URL: SPA_URL,
      },
      reuseExistingServer: !ci,
      timeout: 240_000,
      gracefulShutdown: stopGracefully,
    },
    {
      name: 'spa',
      // The production bundle behind `vite preview`: what users get, and no dev-server reloads mid-test.
      command: 'npm run build && npm run preview',
      url: SPA_URL,
      env: { SPA_PORT: port(SPA_URL), API_URL, OIDC_ISSUER_URI: IDP_URL },
      reuseExistingServer: !ci,
      timeout: 240_000,
    },
  ],
});
