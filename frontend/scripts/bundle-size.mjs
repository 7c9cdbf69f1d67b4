// Gzipped size of the JavaScript each public page loads (the audience page /live/:joinCode, the
// consent signing page /consent, the revocation page /consent/revoke and the survey page /s): the public entry
// (public.html, built on Preact by vite.public.config.ts) and the page's own chunk, each with its
// static imports, read from that build's manifest (run `npm run build` first; `npm run size` does
// both). Exits with 1 when a page is over the budget, so a release that grows one is noticed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// The target: 80 KB.
const BUDGET_KB = Number(process.env.AUDIENCE_BUDGET_KB ?? 80);
/** Each public page and the source module it loads on top of the entry (when the build splits it off). */
const PUBLIC_PAGES = {
  'Audience page': 'src/pages/live/LiveAudiencePage.tsx',
  'Consent signing page': 'src/pages/consent/ConsentSigningPage.tsx',
  'Consent revocation page': 'src/pages/consent/ConsentRevocationPage.tsx',
  'Survey page': 'src/pages/survey/PublicSurveyPage.tsx',
};

const dist = new URL('../dist/', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(join(dist, 'public-manifest.json'), 'utf8'));

const entryKey = Object.keys(manifest).find((key) => manifest[key].isEntry);
if (!entryKey) throw new Error('The public manifest names no entry: was dist/ built with `npm run build`?');

/** A chunk's file and those of every chunk it imports statically, transitively. */
function staticClosure(key, files = new Set()) {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return files;
  files.add(chunk.file);
  for (const imported of chunk.imports ?? []) staticClosure(imported, files);
  return files;
}

const kb = (bytes) => (bytes / 1024).toFixed(1);
let over = false;
for (const [name, key] of Object.entries(PUBLIC_PAGES)) {
  const files = staticClosure(entryKey);
  staticClosure(key, files);
  let total = 0;
  for (const file of [...files].filter((file) => file.endsWith('.js')).sort()) {
    const code = readFileSync(join(dist, file));
    const gzipped = gzipSync(code).length;
    total += gzipped;
    console.log(`${file.padEnd(40)} ${kb(code.length).padStart(8)} KB ${kb(gzipped).padStart(8)} KB gzipped`);
  }
  console.log(`${name} JavaScript: ${kb(total)} KB gzipped (budget ${BUDGET_KB} KB; 1 KB = 1024 bytes)\n`);
  over ||= total > BUDGET_KB * 1024;
}
if (over) {
  console.error('Over budget: a public page pulls in more than it should (staff app, sign-in library?).');
  process.exit(1);
}
