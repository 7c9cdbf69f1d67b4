import { Client, cacheExchange, fetchExchange, mapExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient, type Client as WsClient } from 'graphql-ws';
import { classifyGraphqlError } from './classifyGraphqlError';

export interface ApiClientOptions {
  /** Read on every request and every socket connect, so a renewed token is picked up. */
  getAccessToken: () => string | undefined;
  onUnauthorized: () => void;
  origin?: string;
  /**
   * Socket reconnects graphql-ws makes on its own, resubscribing with the same variables. A
   * client whose subscriptions resume by sequence (useResumableSubscription) sets 0 and
   * resubscribes itself. Default 5.
   */
  retryAttempts?: number;
  /**
   * Keep urql's document cache (default). Without it no query is refetched behind the page's
   * back after a mutation, for pages that fold events into their own state.
   */
  cache?: boolean;
}

const bearer = (token: string | undefined) => (token ? `Bearer ${token}` : undefined);

export function webSocketUrl(origin: string): string {
  return `${origin.replace(/^http/, 'ws')}/graphql`;
}

/** Same-origin HTTP for queries and mutations; graphql-transport-ws for subscriptions. */
export function createApiClient(options: ApiClientOptions): { client: Client; dispose: () => void } {
  const origin = options.origin ?? window.location.origin;
  const ws: WsClient = createWsClient({
    url: webSocketUrl(origin),
    lazy: true,
    retryAttempts: options.retryAttempts ?? 5,
    // The token travels in connection_init, never in the URL.
    connectionParams: () => ({ Authorization: bearer(options.getAccessToken()) }),
  });
  const client = new Client({
    url: '/graphql',
    preferGetMethod: false,
    fetchOptions: (): RequestInit => {
      const authorization = bearer(options.getAccessToken());
      return { headers: authorization ? { Authorization: authorization } : {} };
    },
    exchanges: [
      mapExchange({
        onError: (error) => {
          if (classifyGraphqlError(error) === 'UNAUTHORIZED') options.onUnauthorized();
        },
      }),
      ...(options.cache === false ? [] : [cacheExchange]),
      fetchExchange,
      subscriptionExchange({
        forwardSubscription: (request) => ({
          subscribe: (sink) => ({ unsubscribe: ws.subscribe({ ...request, query: request.query ?? '' }, sink) }),
        }),
      }),
    ],
  });
  return { client, dispose: () => void ws.dispose() };
}
