import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PublicApp } from '@/PublicApp';
import { isPublicPath, matchPublicPage, type PublicPage } from '../publicPages';

const SRC = join(__dirname, '../..');

const pages: PublicPage[] = [
  { path: '/live/:joinCode', render: async ({ joinCode }) => <h1>Session {joinCode}</h1> },
  { path: '/consent/:token/sign', render: async ({ token }) => <h1>Consent {token}</h1> },
];

describe('public pages', () => {
  it('routes the public sections outside the staff app', () => {
    expect(isPublicPath('/live/RVRS4PED', pages)).toBe(true);
    expect(isPublicPath('/live/RVRS4PED/extra', pages)).toBe(true);
    expect(isPublicPath('/consent/abc/sign', pages)).toBe(true);
    expect(isPublicPath('/live/', pages)).toBe(false);
    expect(isPublicPath('/live-sessions/abc', pages)).toBe(false);
    expect(isPublicPath('/campaigns', pages)).toBe(false);
    expect(isPublicPath('/', pages)).toBe(false);
  });

  it('matches a page with its decoded parameters', () => {
    expect(matchPublicPage('/live/RVRS%204PED/', pages)).toEqual({ page: pages[0], params: { joinCode: 'RVRS 4PED' } });
    expect(matchPublicPage('/consent/t1/sign', pages)?.params).toEqual({ token: 't1' });
    expect(matchPublicPage('/live/RVRS4PED/extra', pages)).toBeUndefined();
    expect(matchPublicPage('/live/%E0%A4%A', pages)).toBeUndefined();
  });

  it('serves the audience page at /live/:joinCode', () => {
    expect(matchPublicPage('/live/RVRS4PED')?.params).toEqual({ joinCode: 'RVRS4PED' });
  });

  it('serves the consent signing page at /consent and the revocation page under it, not the staff registry', () => {
    expect(isPublicPath('/consent')).toBe(true);
    expect(isPublicPath('/consent/')).toBe(true);
    expect(isPublicPath('/consent/revoke')).toBe(true);
    expect(isPublicPath('/consents')).toBe(false);
    expect(isPublicPath('/consents/requests/new')).toBe(false);
    expect(matchPublicPage('/consent')?.page.path).toBe('/consent');
    expect(matchPublicPage('/consent/revoke')?.page.path).toBe('/consent/revoke');
  });

  it('serves the survey page at /s, its code after #, and leaves the staff survey pages to the app', () => {
    expect(matchPublicPage('/s')?.page.path).toBe('/s');
    expect(isPublicPath('/s')).toBe(true);
    expect(isPublicPath('/s/')).toBe(true);
    expect(isPublicPath('/surveys')).toBe(false);
    expect(isPublicPath('/surveys/U3VydmV5OjE/edit')).toBe(false);
  });

  it('shows the page once it has loaded', async () => {
    // Suspends until the page's chunk is there: rendered in an awaited act, as React asks.
    await act(async () => void render(<PublicApp page={pages[0].render({ joinCode: 'ABC' })} />));
    expect(await screen.findByRole('heading', { level: 1, name: 'Session ABC' })).toBeInTheDocument();
  });

  it('says when a public address opens no page', () => {
    render(<PublicApp page={undefined} />);
    expect(screen.getByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });

  // The public bundle's promise (`npm run size` measures it): what the public side imports
  // statically, transitively, holds nothing of the staff app.
  it('keeps the staff app out of what the public pages import', () => {
    const starts = [
      'PublicApp.tsx',
      'app/publicPages.tsx',
      'pages/live/LiveAudiencePage.tsx',
      'pages/consent/ConsentSigningPage.tsx',
      'pages/consent/ConsentRevocationPage.tsx',
      'pages/survey/PublicSurveyPage.tsx',
    ];
    const reached = staticImports(starts.map((file) => join(SRC, file)));
    const staff = [...reached].filter((source) =>
      /^(react-router|react-oidc-context|oidc-client-ts)$|[\\/](App|AppRouter)\.tsx$|[\\/]app[\\/]features\.ts$|[\\/]modules[\\/](auth|layout|viewer)[\\/]/.test(
        source,
      ),
    );
    expect(reached.size).toBeGreaterThan(10);
    expect(staff).toEqual([]);
  });
});

/** Files and packages reached from these files through static imports (not `import()`). */
function staticImports(files: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const [, spec] of source.matchAll(/^(?:import|export)\s[^;]*?from\s+'([^']+)'|^import\s+'([^']+)'/gm)) {
      if (!spec) continue;
      const local = spec.startsWith('@/')
        ? join(SRC, spec.slice(2))
        : spec.startsWith('.')
          ? resolve(dirname(file), spec)
          : null;
      if (!local) {
        seen.add(spec);
        continue;
      }
      const candidates = [local, `${local}.ts`, `${local}.tsx`, join(local, 'index.ts')];
      const found = candidates.find((candidate) => /\.(tsx?)$/.test(candidate) && exists(candidate));
      if (found) visit(found);
    }
  };
  files.forEach(visit);
  return seen;
}

function exists(file: string): boolean {
  try {
    readFileSync(file);
    return true;
  } catch {
    return false;
  }
}

describe('public sections', () => {
  it('serve every public page, so the servers hand them the public entry', async () => {
    const { PUBLIC_SECTIONS, isInPublicSection } = await import('../publicSections');
    const { publicPages, isPublicPath } = await import('../publicPages');
    for (const page of publicPages) {
      const example = page.path.replace(/:[^/]+/g, 'ABCD2345');
      expect(isInPublicSection(example)).toBe(true);
      expect(isPublicPath(example)).toBe(true);
    }
    expect(PUBLIC_SECTIONS).toEqual(['/live/', '/consent/', '/s/']);
    expect(isInPublicSection('/s')).toBe(true);
    expect(isInPublicSection('/s/ABCD2345')).toBe(true);
    expect(isInPublicSection('/surveys')).toBe(false);
    expect(isInPublicSection('/surveys/new')).toBe(false);
    expect(isInPublicSection('/live/')).toBe(false);
    expect(isInPublicSection('/consent')).toBe(true);
    expect(isInPublicSection('/consents')).toBe(false);
    expect(isInPublicSection('/campaigns')).toBe(false);
  });
});
