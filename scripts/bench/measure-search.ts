/**
 * A reader's first search, in Chromium against the built site: the search page opened with a
 * query, from a cold browser (no cache, no service worker), until five results show. Bytes are
 * counted at the server, which sees every request (Pagefind's Default UI, the yardstick, fetches
 * from a Web Worker that page-level hooks miss). Then, with search open and warm, the time from
 * the last keystroke of a new query to its first five results.
 */
import { chromium, type Page } from '@playwright/test';
import type { Locale } from '../../src/i18n/locales.ts';
import { searchPath } from '../../src/i18n/paths.ts';
import { chromiumLaunchOptions } from '../support/chromium.ts';
import { startCountingServer, type ServedRequest } from '../support/counting-server.ts';

export interface SearchMeasure {
  locale: string;
  query: string;
  /** Every byte the server sent, from opening the search page to five results. */
  bytes: number;
  /** The part of `bytes` that came from `/pagefind/`. */
  searchBytes: number;
  /** `searchBytes` by kind of file: runtime, wasm, metadata, filters, index chunks, result fragments. */
  searchBytesByKind: Record<string, number>;
  requests: number;
  /**
   * Every byte the server sent until the search page is quiet: the first screen shows while the
   * other matches are still read and checked (the summary is `aria-busy` meanwhile), then the exact
   * count and filter counts settle. Equal to `bytes` when the first five needed every match.
   */
  quietBytes: number;
  /** The part of `quietBytes` that came from `/pagefind/`. */
  quietSearchBytes: number;
  quietRequests: number;
  /** From navigation start to five results, cold: the median of the runs. */
  coldMs: number;
  /** From the last keystroke of the query typed again into the open search (after another query) to five results: the median. */
  warmMs: number;
  /** Each run's times: one run says little on a shared machine. */
  coldMsRuns: number[];
  warmMsRuns: number[];
}

/** Where a search page says how many results it found, and where it lists them. */
export interface SearchPageSelectors {
  summary: string;
  result: string;
}

const thisSite: SearchPageSelectors = { summary: '[data-search-summary]', result: '[data-search-results] > li' };

/** What a file under /pagefind/ is, from its name. */
function searchFileKind(path: string): string {
  if (/\/pagefind(-worker)?\.js$/.test(path)) return 'runtime';
  if (path.endsWith('.pagefind')) return 'wasm';
  if (path.endsWith('.json')) return 'entry';
  return /\.pf_(\w+)$/.exec(path)?.[1] ?? 'other';
}

/**
 * When the first five results for `query` show (or all of them, when there are fewer). The summary
 * names the query with its count once the search is done, so results of a shorter prefix typed
 * earlier do not count.
 */
export async function timeToFiveResults(page: Page, query: string, selectors: SearchPageSelectors = thisSite): Promise<number> {
  const handle = await page.waitForFunction(
    ({ selectors, query }) => {
      const summary = document.querySelector(selectors.summary)?.textContent ?? '';
      // "Searching for police..." names the query too, before any result: wait for the count.
      if (!summary.includes(query) || /(\.\.\.|…)\s*$/.test(summary)) return false;
      const total = Number(/\d[\d,.\s]*/.exec(summary)?.[0].replace(/\D/g, '') ?? 0);
      return document.querySelectorAll(selectors.result).length >= Math.min(5, total) && performance.now();
    },
    { selectors, query },
    { timeout: 120_000, polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/** Waits until the summary names `query` and is no longer busy: every match read, the counts settled. */
export async function waitForQuiet(page: Page, query: string, selectors: SearchPageSelectors = thisSite): Promise<void> {
  await page.waitForFunction(
    ({ selectors, query }) => {
      const summary = document.querySelector(selectors.summary);
      return !!summary && (summary.textContent ?? '').includes(query) && summary.getAttribute('aria-busy') !== 'true';
    },
    { selectors, query },
    { timeout: 120_000 },
  );
}

export interface SearchQuery {
  locale: Locale;
  query: string;
}

/**
 * How long a fresh browser window is left before it opens the search page. Chromium opens the
 * address bar's dropdown, a page of its own (chrome://omnibox-popup), in every new window; a
 * reader's browser did that long before they searched, but here it would share the two cores with
 * the search being timed (the README's Performance section gives the difference it made).
 */
const windowSettlingMs = 1000;

/**
 * Runs `measure` once per query, each in a fresh browser context (no cache, no service worker)
 * against `siteDir` served by a counting server; `served()` lists what the server sent since the
 * context opened.
 */
export async function inColdBrowsers<Result>(
  siteDir: string,
  queries: readonly SearchQuery[],
  measure: (page: Page, origin: string, query: SearchQuery, served: () => ServedRequest[]) => Promise<Result>,
): Promise<Result[]> {
  const server = await startCountingServer(siteDir);
  const browser = await chromium.launch(chromiumLaunchOptions());
  const results: Result[] = [];
  try {
    for (const query of queries) {
      const context = await browser.newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      await page.waitForTimeout(windowSettlingMs);
      const firstRequest = server.requests.length;
      results.push(await measure(page, server.origin, query, () => server.requests.slice(firstRequest)));
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return results;
}

/** Bytes of the served files under /pagefind/, in all and by kind of file. */
export function searchBytesOf(served: readonly ServedRequest[]): { total: number; byKind: Record<string, number> } {
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const request of served.filter((request) => request.path.startsWith('/pagefind/'))) {
    const kind = searchFileKind(request.path);
    byKind[kind] = (byKind[kind] ?? 0) + request.bytes;
    total += request.bytes;
  }
  return { total, byKind };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.round((sorted[middle - 1]! + sorted[middle]!) / 2);
}

/** Each query searched `runs` times, each run in a cold browser; bytes come from the first run (they do not vary). */
export async function measureSearch(siteDir: string, queries: readonly SearchQuery[], runs: number): Promise<SearchMeasure[]> {
  const measures = await measureSearchOnce(
    siteDir,
    queries.flatMap((query) => Array<SearchQuery>(runs).fill(query)),
  );
  return queries.map((_, index) => {
    const ofQuery = measures.slice(index * runs, (index + 1) * runs);
    const coldMsRuns = ofQuery.map((measure) => measure.coldMs);
    const warmMsRuns = ofQuery.map((measure) => measure.warmMs);
    return { ...ofQuery[0]!, coldMs: median(coldMsRuns), warmMs: median(warmMsRuns), coldMsRuns, warmMsRuns };
  });
}

function measureSearchOnce(siteDir: string, queries: readonly SearchQuery[]): Promise<SearchMeasure[]> {
  return inColdBrowsers(siteDir, queries, async (page, origin, { locale, query }, servedSoFar) => {
    await page.goto(`${origin}${searchPath(locale)}?q=${encodeURIComponent(query)}`);
    const coldMs = await timeToFiveResults(page, query);
    const served = servedSoFar();
    await waitForQuiet(page, query);
    const quiet = servedSoFar();

    // Warm: search is loaded; clear it, type the query as a quick typist would, and time from the last key.
    const input = page.getByRole('searchbox');
    await input.fill('');
    await page.waitForTimeout(500);
    await input.pressSequentially(query.slice(0, -1), { delay: 80 });
    const lastKey = await page.evaluate(() => performance.now());
    await input.pressSequentially(query.slice(-1));
    const warmMs = (await timeToFiveResults(page, query)) - lastKey;

    const searchBytes = searchBytesOf(served);
    return {
      quietBytes: quiet.reduce((sum, request) => sum + request.bytes, 0),
      quietSearchBytes: searchBytesOf(quiet).total,
      quietRequests: quiet.length,
      locale,
      query,
      bytes: served.reduce((sum, request) => sum + request.bytes, 0),
      searchBytes: searchBytes.total,
      searchBytesByKind: searchBytes.byKind,
      requests: served.length,
      coldMs: Math.round(coldMs),
      warmMs: Math.round(warmMs),
      coldMsRuns: [],
      warmMsRuns: [],
    };
  });
}
