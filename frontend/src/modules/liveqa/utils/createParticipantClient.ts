import type { Client } from 'urql';
import { createApiClient } from '@/modules/api/utils/createApiClient';

export type ParticipantClientFactory = (
  token: string | null,
  onUnauthorized: () => void,
) => { client: Client; dispose: () => void };

/**
 * The audience page's own GraphQL client: same endpoint as the app, the participant token as
 * the bearer (HTTP header and connection_init, never the URL). No document cache, so nothing is
 * refetched behind the page's back; no automatic socket retries, as the feed resubscribes itself
 * from the last sequence it saw.
 */
export const createParticipantClient: ParticipantClientFactory = (token, onUnauthorized) =>
  createApiClient({
    getAccessToken: () => token ?? undefined,
    onUnauthorized,
    retryAttempts: 0,
    cache: false,
  });
