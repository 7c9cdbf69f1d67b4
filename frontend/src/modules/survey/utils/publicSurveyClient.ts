import { Client, fetchExchange } from '@urql/core';

/**
 * The public survey page's GraphQL client: same origin, no sign-in, no token header, no cache
 * and no socket (the page only asks and answers). The respondent token goes in the mutation's
 * input, never in an address.
 */
export const createPublicSurveyClient = (): Client =>
  new Client({ url: '/graphql', preferGetMethod: false, exchanges: [fetchExchange], requestPolicy: 'network-only' });

export const UNREACHABLE = 'We could not reach the server. Check your connection and try again.';

/** "2 minutes", "45 seconds": when a network that sent too much may try again. */
export function waitText(seconds: number): string {
  if (seconds >= 90) {
    const minutes = Math.ceil(seconds / 60);
    return `${minutes} minutes`;
  }
  return `${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
}
