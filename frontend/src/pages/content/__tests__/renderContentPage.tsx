import type { ContentDetailFragment, Role } from '@/generated/graphql';
import { viewerWithRoles } from '@/testing/fixtures';
import { mockGraphqlClient, type MockResponse } from '@/testing/mockGraphqlClient';
import { renderWithProviders } from '@/testing/renderWithProviders';
import { ContentDetailPage } from '../ContentDetailPage';
import { ContentReviewPage } from '../ContentReviewPage';

type Respond = (name: string | undefined, variables: Record<string, unknown>) => MockResponse;

/** A payload answering the item, as every content mutation does. */
export const answer = (content: ContentDetailFragment, extra: Record<string, unknown> = {}) => ({
  content,
  userErrors: [],
  ...extra,
});

export const refusal = (field: string[] | null, code: string, message: string) => ({
  content: null,
  userErrors: [{ field, code, message }],
});

/**
 * The item's page (or its review page) as a viewer with these roles sees it: `respond` answers
 * first (a mutation, the revision diff, or the item as read again), and the Content query
 * answers `content` when it does not.
 */
export function renderContentPage(
  content: ContentDetailFragment,
  roles: Role[],
  { respond = () => undefined, review = false }: { respond?: Respond; review?: boolean } = {},
) {
  const api = mockGraphqlClient(
    (name, variables) =>
      respond(name, variables) ??
      (name === 'Content' && variables.id === content.id ? { data: { content } } : undefined),
  );
  const view = renderWithProviders(review ? <ContentReviewPage /> : <ContentDetailPage />, {
    client: api.client,
    viewer: viewerWithRoles(...roles),
    path: review ? '/content/review/:id' : '/content/:id',
    url: `${review ? '/content/review' : '/content'}/${encodeURIComponent(content.id)}`,
  });
  return { api, ...view };
}

/** The variables of each mutation sent, by operation name. */
export const mutationsSent = (api: ReturnType<typeof mockGraphqlClient>) =>
  api.operations
    .filter((operation) => operation.kind === 'mutation')
    .map((operation) => operation.variables as { input: Record<string, unknown> });
