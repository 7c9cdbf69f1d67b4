import type { CombinedError } from '@urql/core';

export type ErrorClass = 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'NETWORK' | 'OTHER';

/** Reads `extensions.classification` (Spring GraphQL's ErrorType) and HTTP status codes. */
export function classifyGraphqlError(error: CombinedError): ErrorClass {
  const classifications = error.graphQLErrors.map((e) => e.extensions?.classification);
  const status = (error.response as Response | undefined)?.status;
  if (classifications.includes('UNAUTHORIZED') || status === 401) return 'UNAUTHORIZED';
  if (classifications.includes('FORBIDDEN') || status === 403) return 'FORBIDDEN';
  if (classifications.includes('NOT_FOUND')) return 'NOT_FOUND';
  if (error.networkError) return 'NETWORK';
  return 'OTHER';
}

const MESSAGES: Record<ErrorClass, string> = {
  UNAUTHORIZED: 'Your session has ended. Please sign in again.',
  FORBIDDEN: 'You are not allowed to do this. Ask an administrator if you need access.',
  NOT_FOUND: 'We could not find what you were looking for.',
  NETWORK: 'We could not reach the CarePulse server. Check your connection and try again.',
  OTHER: 'Something went wrong on our side. Please try again.',
};

/** A message fit for the user; server error texts are not shown as they may be technical. */
export function describeGraphqlError(error: CombinedError): string {
  return MESSAGES[classifyGraphqlError(error)];
}

/** The argument the server refused as bad input (extensions.field of a BAD_REQUEST), e.g. "after". */
export function refusedArgument(error: CombinedError | undefined): string | undefined {
  const refused = error?.graphQLErrors.find((e) => e.extensions?.classification === 'BAD_REQUEST');
  // The API names it as a path, e.g. ["after"].
  const field: unknown = refused?.extensions?.field;
  const name: unknown = Array.isArray(field) ? field.at(-1) : field;
  return typeof name === 'string' ? name : undefined;
}

/**
 * Whether a list query that sent a cursor failed because of it: the server refused `after`, or
 * answered with an error of its own (not the network, not access). Either way the first page is
 * the way on; should the first page fail too, its error is shown there.
 */
export function cursorRefused(error: CombinedError | undefined): boolean {
  if (!error) return false;
  return refusedArgument(error) === 'after' || (!error.networkError && classifyGraphqlError(error) === 'OTHER');
}
