import type { CombinedError } from '@urql/core';
import { classifyGraphqlError } from './classifyGraphqlError';

/** graphql-ws close codes for a refused connection_init (bad or expired token, no access). */
const REFUSED_CLOSE_CODES = [4401, 4403];
/** The reason the server gives when it closes a socket because the token it opened with expired. */
export const TOKEN_EXPIRED = 'Token expired';

/**
 * What to do about a failed subscription. A socket closed because its token expired is resumed
 * at once, on a new socket with the renewed token ('resume'); a dropped socket, or a subscriber
 * the server cut off for reading too slowly, is worth resubscribing to after a pause ('retry'); a
 * refused token is not (it would only be refused again), nor is an error the server answered with.
 */
export function subscriptionFailure(error: CombinedError): 'refused' | 'failed' | 'retry' | 'resume' {
  const closed = error.networkError as { code?: unknown; reason?: unknown } | undefined;
  if (closed?.code === 4401 && closed.reason === TOKEN_EXPIRED) return 'resume';
  const kind = classifyGraphqlError(error);
  if (kind === 'UNAUTHORIZED' || kind === 'FORBIDDEN') return 'refused';
  if (typeof closed?.code === 'number' && REFUSED_CLOSE_CODES.includes(closed.code)) return 'refused';
  if (error.graphQLErrors.some((e) => e.extensions?.resumable === true)) return 'retry';
  return error.graphQLErrors.length > 0 ? 'failed' : 'retry';
}

/** Wait before resubscribing: 1, 2, 4 … up to 30 seconds, so a restarting server is not hammered. */
export const resubscribeDelayMs = (failures: number) => Math.min(30_000, 1000 * 2 ** Math.max(0, failures));
