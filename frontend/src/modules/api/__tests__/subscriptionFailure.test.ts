// @vitest-environment node
import { CombinedError } from '@urql/core';
import { describe, expect, it } from 'vitest';
import { resubscribeDelayMs, subscriptionFailure } from '../utils/subscriptionFailure';

const graphqlError = (classification: string) =>
  new CombinedError({ graphQLErrors: [{ message: 'x', extensions: { classification } }] });
const closed = (code: number, reason = '') =>
  new CombinedError({ networkError: Object.assign(new Error('closed'), { code, reason }) });

describe('subscriptionFailure', () => {
  it('gives up on a refused token, from a GraphQL error or a close code', () => {
    expect(subscriptionFailure(graphqlError('UNAUTHORIZED'))).toBe('refused');
    expect(subscriptionFailure(graphqlError('FORBIDDEN'))).toBe('refused');
    expect(subscriptionFailure(closed(4401))).toBe('refused');
    expect(subscriptionFailure(closed(4403))).toBe('refused');
  });

  it('resumes at once when the socket closed because its token expired', () => {
    expect(subscriptionFailure(closed(4401, 'Token expired'))).toBe('resume');
    expect(subscriptionFailure(closed(4401, 'The live session has ended'))).toBe('refused');
  });

  it('retries a subscriber the server cut off for reading too slowly', () => {
    const slow = new CombinedError({
      graphQLErrors: [{ message: 'behind', extensions: { code: 'SLOW_SUBSCRIBER', resumable: true } }],
    });
    expect(subscriptionFailure(slow)).toBe('retry');
  });

  it('retries a dropped socket', () => {
    expect(subscriptionFailure(closed(1006))).toBe('retry');
    expect(subscriptionFailure(new CombinedError({ networkError: new Error('offline') }))).toBe('retry');
  });

  it('does not retry what the server answered with an error', () => {
    expect(subscriptionFailure(graphqlError('NOT_FOUND'))).toBe('failed');
  });

  it('waits longer after each failure, up to 30 seconds', () => {
    expect([0, 1, 2, 3, 10].map(resubscribeDelayMs)).toEqual([1000, 2000, 4000, 8000, 30000]);
  });
});
