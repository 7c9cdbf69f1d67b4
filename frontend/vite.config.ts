/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';
import { runtimeConfigPlugin } from './vite/runtimeConfigPlugin.ts';
import { securityHeadersPlugin } from './vite/securityHeadersPlugin.ts';

const port = Number(process.env.SPA_PORT ?? 5173);

const apiUrl = process.env.API_URL ?? 'http://localhost:8080';
const apiOrigin = new URL(apiUrl).origin;

// The SPA calls the API same-origin; HTTP and the graphql-ws socket go through this proxy. The
// API rejects requests whose Origin is not its own (CORS), so the proxy presents the API's
// origin, as nginx does in the container image.
const proxy: Record<string, ProxyOptions> = {
  '/graphql': {
    target: apiUrl,
    ws: true,
    changeOrigin: true,
    configure: (server) => {
      server.on('proxyReq', (request) => request.setHeader('origin', apiOrigin));
      server.on('proxyReqWs', (request) => request.setHeader('origin', apiOrigin));
    },
  },
};

export default defineConfig({
  plugins: [react(), runtimeConfigPlugin(), securityHeadersPlugin()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: { port, strictPort: true, proxy },
  preview: { port, strictPort: true, proxy },
  build: {
    // Libraries change less often than the app: a separate chunk stays cached across releases.
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'vendor', test: /node_modules/ }] } } },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setupTests.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'vite/**/*.test.ts'],
    css: false,
  },
});
