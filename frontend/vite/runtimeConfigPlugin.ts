import type { Connect, Plugin } from 'vite';

/**
 * Serves /config.json from the environment in `vite` and `vite preview`, so one build runs
 * against any identity provider. In the container image nginx serves a file written at start.
 */
export function runtimeConfigPlugin(env: NodeJS.ProcessEnv = process.env): Plugin {
  const body = JSON.stringify({
    oidcIssuer: env.OIDC_ISSUER_URI ?? 'http://localhost:9000',
    oidcClientId: env.OIDC_CLIENT_ID ?? 'carepulse-spa',
  });
  const serveConfig: Connect.NextHandleFunction = (req, res, next) => {
    if (req.url?.split('?')[0] !== '/config.json') return next();
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('Cache-Control', 'no-store');
    res.end(body);
  };
  return {
    name: 'carepulse-runtime-config',
    configureServer: (server) => void server.middlewares.use(serveConfig),
    configurePreviewServer: (server) => void server.middlewares.use(serveConfig),
  };
}
