import { afterEach, describe, expect, it, vi } from 'vitest';
import { createApiClient, webSocketUrl } from '../utils/createApiClient';
import { ViewerDocument } from '@/generated/graphql';

const respond = (body: unknown) =>
  vi.fn(
    async (_url: RequestInfo | URL, _init?: RequestInit) =>
      new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }),
  );

describe('createApiClient', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends the current access token as a bearer header to the same-origin endpoint', async () => {
    const fetchMock = respond({ data: { viewer: null } });
    vi.stubGlobal('fetch', fetchMock);
    let token = 'first-token';
    const { client, dispose } = createApiClient({
      getAccessToken: () => token,
      onUnauthorized: vi.fn(),
      origin: 'http://localhost',
    });

    await client.query(ViewerDocument, {}).toPromise();
    token = 'renewed-token';
    await client.query(ViewerDocument, {}, { requestPolicy: 'network-only' }).toPromise();
    dispose();

    const headers = fetchMock.mock.calls.map(([, init]) => new Headers(init?.headers).get('Authorization'));
    expect(headers).toEqual(['Bearer first-token', 'Bearer renewed-token']);
    expect(String(fetchMock.mock.calls[0][0])).toBe('/graphql');
  });

  it('asks the user to sign in again when the API answers UNAUTHORIZED', async () => {
    vi.stubGlobal(
      'fetch',
      respond({ errors: [{ message: 'Unauthorized', extensions: { classification: 'UNAUTHORIZED' } }] }),
    );
    const onUnauthorized = vi.fn();
    const { client, dispose } = createApiClient({
      getAccessToken: () => 'expired',
      onUnauthorized,
      origin: 'http://localhost',
    });

    await client.query(ViewerDocument, {}).toPromise();
    dispose();

    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('can leave out the document cache, so every query goes to the server', async () => {
    const fetchMock = respond({ data: { viewer: null } });
    vi.stubGlobal('fetch', fetchMock);
    const cached = createApiClient({ getAccessToken: () => 't', onUnauthorized: vi.fn(), origin: 'http://localhost' });
    await cached.client.query(ViewerDocument, {}).toPromise();
    await cached.client.query(ViewerDocument, {}).toPromise();
    expect(fetchMock).toHaveBeenCalledTimes(1);

    const uncached = createApiClient({
      getAccessToken: () => 't',
      onUnauthorized: vi.fn(),
      origin: 'http://localhost',
      cache: false,
    });
    await uncached.client.query(ViewerDocument, {}).toPromise();
    await uncached.client.query(ViewerDocument, {}).toPromise();
    cached.dispose();
    uncached.dispose();
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('derives the graphql-ws address from the page origin, without any token in it', () => {
    expect(webSocketUrl('https://carepulse.example')).toBe('wss://carepulse.example/graphql');
    expect(webSocketUrl('http://localhost:5173')).toBe('ws://localhost:5173/graphql');
  });
});
