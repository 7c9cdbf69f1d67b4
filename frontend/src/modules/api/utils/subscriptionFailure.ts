import type { CombinedError } from '@urql/core';
import { classifyGraphqlError } from './classifyGraphqlError';

/** graphql-ws close codes for a refused connection_init (bad or expired token, no access). */
const REFUSED_CLOSE_CODES = [4401, 4403];

/**
 * What to do about a failed subscription. A dropped socket is worth resubscribing to; a refused
 * token is not (it would only be refused again), nor is an error the server answered with.
 */
export function subscriptionFailure(error: CombinedError): 'refused' | 'failed' | 'retry' {
  const kind = classifyGraphqlError(error);
  if (kind === 'UNAUTHORIZED' || kind === 'FORBIDDEN') return 'refused';
  const code = (error.networkError as { code?: unknown } | undefined)?.code;
  if (typeof code === 'number' && REFUSED_CLOSE_CODES.includes(code)) return 'refused';
  return error.graphQLErrors.length > 0 ? 'failed' : 'retry';
}

/** Wait before resubscribing: 1, 2, 4 … up to 30 seconds, so a restarting server is not hammered. */
export const resubscribeDelayMs = (failures: number) => Math.min(30_000, 1000 * 2 ** Math.max(0, failures));
