import { expect, type APIRequestContext } from '@playwright/test';
import { API_URL, IDP_URL } from './urls.ts';

/** A token of another Riverside user from the dev IdP, as if someone else were signed in. */
export async function otherUsersToken(request: APIRequestContext, roles = 'MARKETER'): Promise<string> {
  const response = await request.post(`${IDP_URL}/dev/token`, {
    form: { org: 'riverside-health', roles, email: 'colleague@riverside.example' },
  });
  expect(response.ok()).toBe(true);
  return (await response.text()).trim();
}

/** Runs a GraphQL operation straight against the API with a bearer token; fails on any error. */
export async function graphql<T = Record<string, unknown>>(
  request: APIRequestContext,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await request.post(`${API_URL}/graphql`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { query, variables },
  });
  expect(response.ok()).toBe(true);
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors ?? []).toEqual([]);
  return body.data as T;
}
