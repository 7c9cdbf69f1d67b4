// @vitest-environment node
import { CombinedError } from '@urql/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { classifyGraphqlError, cursorRefused, describeGraphqlError } from '../utils/classifyGraphqlError';

const withClassification = (classification: string) =>
  new CombinedError({ graphQLErrors: [new GraphQLError('denied', { extensions: { classification } })] });

describe('classifyGraphqlError', () => {
  it('reads UNAUTHORIZED and FORBIDDEN from extensions.classification', () => {
    expect(classifyGraphqlError(withClassification('UNAUTHORIZED'))).toBe('UNAUTHORIZED');
    expect(classifyGraphqlError(withClassification('FORBIDDEN'))).toBe('FORBIDDEN');
  });

  it('treats an HTTP 401 as UNAUTHORIZED', () => {
    const error = new CombinedError({ networkError: new Error('401'), response: { status: 401 } });
    expect(classifyGraphqlError(error)).toBe('UNAUTHORIZED');
  });

  it('tells a forbidden user plainly that they are not allowed', () => {
    expect(describeGraphqlError(withClassification('FORBIDDEN'))).toMatch(/not allowed/i);
  });

  it('does not show raw server messages for unexpected errors', () => {
    const error = new CombinedError({ graphQLErrors: [new GraphQLError('NullPointerException at line 42')] });
    expect(describeGraphqlError(error)).not.toMatch(/NullPointer/);
  });

  it('tells a refused cursor from a dropped connection or a denied request', () => {
    const badAfter = new CombinedError({
      graphQLErrors: [new GraphQLError('bad', { extensions: { classification: 'BAD_REQUEST', field: ['after'] } })],
    });
    expect(cursorRefused(badAfter)).toBe(true);
    expect(cursorRefused(new CombinedError({ graphQLErrors: [new GraphQLError('boom')] }))).toBe(true);
    expect(cursorRefused(new CombinedError({ networkError: new Error('offline') }))).toBe(false);
    expect(cursorRefused(withClassification('FORBIDDEN'))).toBe(false);
    expect(cursorRefused(undefined)).toBe(false);
  });
});
