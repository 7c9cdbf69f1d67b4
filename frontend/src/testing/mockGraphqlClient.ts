import { Client, makeErrorResult, makeResult, type Exchange, type Operation } from '@urql/core';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { filter, fromValue, map, mergeMap, never, pipe, type Source } from 'wonka';

export type MockResponse =
  | { data: Record<string, unknown> | null }
  | { classification: string; field?: string }
  /**
   * Answers with every value the source pushes, e.g. a subscription driven by a test's subject:
   * data, or an Error as a network failure (a dropped socket; give it a `code` for a close code).
   */
  | { stream: Source<Record<string, unknown> | Error> }
  | undefined;

export const operationName = (operation: Operation) =>
  operation.query.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)?.name
    ?.value;

/**
 * A real urql client whose only exchange answers from `respond`; it records every operation.
 * Returning { classification } answers with a GraphQL error carrying that classification (and
 * the refused argument as extensions.field, if given).
 */
export function mockGraphqlClient(
  respond: (name: string | undefined, variables: Record<string, unknown>) => MockResponse,
) {
  const operations: Operation[] = [];
  const exchange: Exchange = () => (operations$) =>
    pipe(
      operations$,
      filter((operation) => operation.kind !== 'teardown'),
      mergeMap((operation) => {
        operations.push(operation);
        const response = respond(operationName(operation), (operation.variables ?? {}) as Record<string, unknown>);
        if (!response) return never;
        if ('stream' in response) {
          return pipe(
            response.stream,
            map((value) =>
              value instanceof Error ? makeErrorResult(operation, value) : makeResult(operation, { data: value }),
            ),
          );
        }
        if ('classification' in response) {
          const extensions = { classification: response.classification, field: response.field };
          const errors = [{ message: 'denied', extensions }];
          return fromValue(makeResult(operation, { data: null, errors }));
        }
        return fromValue(makeResult(operation, { data: response.data }));
      }),
    );
  const client = new Client({ url: 'http://test/graphql', exchanges: [exchange] });
  return { client, operations };
}
