import type { ReactElement } from 'react';
import { takeLinkToken } from '@/modules/consent/utils/linkToken';
import { FullPageMessage } from '@/ui/layout/FullPageMessage';

/**
 * The pages anyone may open without signing in: the live Q&A audience page, the survey page
 * (`/s#<code>`: the code stays in the fragment, which no server sees), and the consent
 * signing and revocation pages (their token in the address's fragment, taken out of the address
 * before the page's chunk even loads). `main.tsx` renders them through `PublicApp` instead of the staff app, so
 * neither the OIDC provider nor the staff API client, router or pages are loaded for them: each
 * page is a chunk of its own, loaded by `render` with the path's parameters. A page added here
 * stays out of the staff bundle as long as it imports nothing of the staff app (`npm run size`
 * measures the audience page).
 */
export interface PublicPage {
  /** The page's path, `:name` for a parameter: `/live/:joinCode`. */
  path: `/${string}`;
  /** Loads the page's chunk and renders it with the path's (decoded) parameters. */
  render: (params: Record<string, string>) => Promise<ReactElement>;
}

export const publicPages: readonly PublicPage[] = [
  {
    path: '/live/:joinCode',
    render: async ({ joinCode }) => {
      const { LiveAudiencePage } = await import('@/pages/live/LiveAudiencePage');
      return <LiveAudiencePage joinCode={joinCode} />;
    },
  },
  {
    path: '/s',
    render: async () => {
      const { PublicSurveyRoute } = await import('@/pages/survey/PublicSurveyPage');
      return <PublicSurveyRoute />;
    },
  },
  {
    path: '/consent',
    render: async () => {
      const token = takeLinkToken();
      const { ConsentSigningPage } = await import('@/pages/consent/ConsentSigningPage');
      return <ConsentSigningPage token={token} />;
    },
  },
  {
    path: '/consent/revoke',
    render: async () => {
      const token = takeLinkToken();
      const { ConsentRevocationPage } = await import('@/pages/consent/ConsentRevocationPage');
      return <ConsentRevocationPage token={token} />;
    },
  },
];

/** A page's first segment as a section: `/live/` of `/live/:joinCode`, `/consent/` of `/consent`. */
const sectionOf = (path: string) => {
  const end = path.indexOf('/', 1);
  return end < 0 ? `${path}/` : path.slice(0, end + 1);
};

/**
 * Whether a path belongs to the public side: a page's own path without parameters (`/consent`),
 * or anything under a public page's first segment (`/live/…`, `/consent/…`), so a mistyped public
 * address gets the public "not found", not a sign-in.
 */
export function isPublicPath(pathname: string, pages: readonly PublicPage[] = publicPages): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return pages.some((page) => {
    if (!page.path.includes(':') && path === page.path) return true;
    const section = sectionOf(page.path);
    return section.length > 2 && pathname.startsWith(section) && pathname.length > section.length;
  });
}

/** The public page this path opens, with its parameters; undefined when none matches. */
export function matchPublicPage(
  pathname: string,
  pages: readonly PublicPage[] = publicPages,
): { page: PublicPage; params: Record<string, string> } | undefined {
  const segments = pathname.replace(/\/+$/, '').split('/');
  for (const page of pages) {
    const pattern = page.path.split('/');
    if (pattern.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = pattern.every((part, index) => {
      if (!part.startsWith(':')) return part === segments[index];
      const value = safeDecode(segments[index]);
      if (!value) return false;
      params[part.slice(1)] = value;
      return true;
    });
    if (matches) return { page, params };
  }
  return undefined;
}

/** Starts loading the page this path opens (its chunk); undefined when none matches. */
export function loadPublicPage(pathname: string): Promise<ReactElement> | undefined {
  const match = matchPublicPage(pathname);
  return match?.page.render(match.params).catch(() => (
    <FullPageMessage title="This page could not be loaded">
      <p role="alert">Check your connection, then reload the page.</p>
    </FullPageMessage>
  ));
}

function safeDecode(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
