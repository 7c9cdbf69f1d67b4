import type { AnyVariables, Client, TypedDocumentNode } from 'urql';

interface Page<Node> {
  edges: readonly { node: Node }[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/** An export holds at most this many rows: beyond it the user narrows the filters. */
export const EXPORT_ROWS_MAX = 5000;

export class TooManyRowsError extends Error {
  constructor() {
    super(`This list has more than ${EXPORT_ROWS_MAX.toLocaleString()} rows: narrow the filters, then export again.`);
  }
}

/**
 * Every row of a connection, 100 at a time, through the same query and access rules as the list
 * on screen: only the fields the caller may read come back.
 */
export async function fetchAllPages<
  Data,
  Variables extends AnyVariables & { first?: number | null; after?: string | null },
  Node,
>(
  client: Client,
  query: TypedDocumentNode<Data, Variables>,
  variables: Omit<Variables, 'first' | 'after'>,
  pick: (data: Data) => Page<Node>,
): Promise<Node[]> {
  const rows: Node[] = [];
  let after: string | null = null;
  for (;;) {
    const result = await client
      .query(query, { ...variables, first: 100, after } as Variables, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error || !result.data) throw new Error('The list could not be read: try again.');
    const page = pick(result.data);
    rows.push(...page.edges.map((edge) => edge.node));
    if (rows.length > EXPORT_ROWS_MAX) throw new TooManyRowsError();
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return rows;
    after = page.pageInfo.endCursor;
  }
}
