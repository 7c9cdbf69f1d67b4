// Gzipped size of the JavaScript the public audience page (/live/:joinCode) loads: the public
// entry (public.html, built on Preact by vite.public.config.ts) and the audience page's own chunk,
// each with its static imports, read from that build's manifest (run `npm run build` first;
// `npm run size` does both). Exits with 1 over the budget, so a release that grows it is noticed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// The target: 80 KB.
const BUDGET_KB = Number(process.env.AUDIENCE_BUDGET_KB ?? 80);
/** Source modules the audience page loads on top of the entry (when the build splits them off). */
const AUDIENCE_MODULES = ['src/pages/live/LiveAudiencePage.tsx'];

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

const files = staticClosure(entryKey);
for (const key of AUDIENCE_MODULES) staticClosure(key, files);

const kb = (bytes) => (bytes / 1024).toFixed(1);
let total = 0;
for (const file of [...files].filter((name) => name.endsWith('.js')).sort()) {
  const code = readFileSync(join(dist, file));
  const gzipped = gzipSync(code).length;
  total += gzipped;
  console.log(`${file.padEnd(40)} ${kb(code.length).padStart(8)} KB ${kb(gzipped).padStart(8)} KB gzipped`);
}
console.log(`Audience page JavaScript: ${kb(total)} KB gzipped (budget ${BUDGET_KB} KB; 1 KB = 1024 bytes)`);
if (total > BUDGET_KB * 1024) {
  console.error('Over budget: the public page pulls in more than it should (staff app, sign-in library?).');
  process.exit(1);
}
