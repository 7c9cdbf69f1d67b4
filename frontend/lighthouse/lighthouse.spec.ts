import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, expect, test } from '@playwright/test';
import lighthouse, { desktopConfig, generateReport, type Config, type Flags, type Result } from 'lighthouse';
import puppeteer, { type Page as PuppeteerPage } from 'puppeteer-core';
import e2e from '../playwright.config.ts';
import { signIn } from '../e2e/support/signIn.ts';
import { SPA_URL } from '../e2e/support/urls.ts';

/** Runs per page; each score reported is the median of these. */
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
/** Lighthouse drives the browser Playwright started (and signed in) through this port. */
const DEBUG_PORT = Number(process.env.LIGHTHOUSE_DEBUG_PORT ?? 19222);
const CATEGORIES = ['performance', 'accessibility', 'best-practices'] as const;
/** The demo data's live session (backend/src/main/java/io/carepulse/demo/DemoData.java). */
const LIVE_JOIN_CODE = 'RVRS2ASK';
const TARGETS: Record<(typeof CATEGORIES)[number], number> = {
  performance: 90,
  accessibility: 100,
  'best-practices': 90,
};
const REPORTS = path.resolve(import.meta.dirname, '../test-results/lighthouse');

interface Measured {
  page: string;
  scores: Record<(typeof CATEGORIES)[number], number>;
  metrics: Record<string, string>;
}

test('signed-in home and analytics (desktop) and live audience page (mobile) meet their Lighthouse targets', async () => {
  const browser = await chromium.launch({
    ...e2e.use?.launchOptions,
    args: [...(e2e.use?.launchOptions?.args ?? []), `--remote-debugging-port=${DEBUG_PORT}`],
  });
  try {
    // The staff app keeps its session in sessionStorage, which belongs to one tab: Lighthouse
    // runs in the very tab that signed in, and must not reset its storage.
    const page = await browser.newPage();
    await signIn(page, 'admin@riverside.example', '/');
    const remote = await puppeteer.connect({ browserURL: `http://127.0.0.1:${DEBUG_PORT}`, defaultViewport: null });
    const target = remote
      .targets()
      .find((candidate) => candidate.type() === 'page' && candidate.url().startsWith(SPA_URL));
    const tab = await target?.page();
    if (!tab) throw new Error('The signed-in tab is not visible through the debugging port.');

    const results: Measured[] = [
      await measure('home, signed in (desktop)', `${SPA_URL}/`, tab, desktopConfig, { disableStorageReset: true }),
      // The analytics home over the demo's 90 days: its charts are a chunk of their own.
      await measure('analytics, signed in (desktop)', `${SPA_URL}/analytics?period=90d`, tab, desktopConfig, {
        disableStorageReset: true,
      }),
      // Public: a clean slate each run, as a participant arriving from a QR code.
      await measure(`live audience /live/${LIVE_JOIN_CODE} (mobile)`, `${SPA_URL}/live/${LIVE_JOIN_CODE}`, tab),
    ];
    await remote.disconnect();

    writeFileSync(path.join(REPORTS, 'summary.json'), JSON.stringify(results, null, 2));
    for (const result of results) {
      console.log(`\n${result.page}: median of ${RUNS}`);
      for (const category of CATEGORIES) console.log(`  ${category.padEnd(16)} ${result.scores[category]}`);
      console.log(
        `  ${Object.entries(result.metrics)
          .map(([name, value]) => `${name} ${value}`)
          .join(', ')}`,
      );
    }
    console.log(`\nReports of the median runs: ${REPORTS}`);

    const missed = results.flatMap((result) =>
      CATEGORIES.filter((category) => result.scores[category] < TARGETS[category]).map(
        (category) => `${result.page}: ${category} ${result.scores[category]} < ${TARGETS[category]}`,
      ),
    );
    expect(missed).toEqual([]);
  } finally {
    await browser.close();
  }
});

/** RUNS Lighthouse runs of one page; the median score of each category, the median run's report. */
async function measure(
  name: string,
  url: string,
  tab: PuppeteerPage,
  config?: Config,
  flags: Flags = {},
): Promise<Measured> {
  const runs: Result[] = [];
  for (let run = 0; run < RUNS; run++) {
    // A cold HTTP cache every run, also when storage (the session) is kept.
    const cdp = await tab.createCDPSession();
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    const result = await lighthouse(url, { onlyCategories: [...CATEGORIES], logLevel: 'error', ...flags }, config, tab);
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.message}`);
    runs.push(result.lhr);
  }
  const score = (lhr: Result, category: string) => Math.round((lhr.categories[category]?.score ?? 0) * 100);
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const byPerformance = [...runs].sort((a, b) => score(a, 'performance') - score(b, 'performance'));
  const medianRun = byPerformance[Math.floor(byPerformance.length / 2)];

  mkdirSync(REPORTS, { recursive: true });
  const file = name
    .replace(/[^a-z0-9]+/gi, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase();
  writeFileSync(path.join(REPORTS, `${file}.html`), generateReport(medianRun, 'html'));

  const metric = (id: string) => medianRun.audits[id]?.displayValue ?? '–';
  return {
    page: name,
    scores: Object.fromEntries(
      CATEGORIES.map((category) => [category, median(runs.map((lhr) => score(lhr, category)))]),
    ) as Measured['scores'],
    metrics: {
      FCP: metric('first-contentful-paint'),
      LCP: metric('largest-contentful-paint'),
      TBT: metric('total-blocking-time'),
      CLS: metric('cumulative-layout-shift'),
      runs: runs.map((lhr) => score(lhr, 'performance')).join('/'),
    },
  };
}
