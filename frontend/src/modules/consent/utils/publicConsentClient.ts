import { Client, fetchExchange } from '@urql/core';

/**
 * The signing and revocation pages' GraphQL client: same origin, no login, no token, no cache and
 * no socket (those pages only ask and answer). The link's token goes in the request body, never in
 * an address.
 */
export const createPublicConsentClient = (): Client =>
  new Client({ url: '/graphql', preferGetMethod: false, exchanges: [fetchExchange], requestPolicy: 'network-only' });

/** What the pages say when the server cannot be reached or answers with an error. */
export const UNREACHABLE = 'We could not reach the clinic’s server. Check your connection and try again.';
