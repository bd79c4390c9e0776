import { sitePathToAddress } from '../contract/site-address.ts';
import { searchBundlePath } from '../contract/bundle-path.ts';
import { unpackSearchFilesNatively } from './native-unpacking.ts';

/** Counts of pages per filter value: `{ topic: { cybercrime: 12 } }`. */
export type FilterCounts = Record<string, Record<string, number>>;

/** What Pagefind returns for one result once its fragment is loaded. */
export interface ResultData {
  /** The page's address, with `?highlight=<words>` for the release page to mark them. */
  url: string;
  /** The text around the matched words: escaped, with the matches in `<mark>`. */
  excerpt: string;
  /** The page's whole indexed text, which the search page checks the words against. */
  content: string;
  meta: Record<string, string | undefined>;
  /** The page's filter values: `{ year: ['2013'], languages: ['en', 'fr'] }`. */
  filters: Record<string, string[] | undefined>;
}

/** One match: its page's id, and its fragment, loaded on demand (one request each). */
export interface SearchResult {
  id: string;
  data(): Promise<ResultData>;
}

export interface SearchResponse {
  results: SearchResult[];
  /** Counts within this search's results, once the filters are loaded. */
  filters: FilterCounts;
}

export interface SearchOptions {
  filters?: Record<string, { any: string[] }>;
  sort?: Record<string, 'asc' | 'desc'> | undefined;
}

/** The parts of a Pagefind instance (`pagefind.js`'s `createInstance`) this site uses. */
export interface PagefindInstance {
  mergeIndex(bundlePath: string, options: Record<string, unknown>): Promise<void>;
  /** A term in double quotes matches its stem only; `null` lists every page (in the sort's order). */
  search(term: string | null, options?: SearchOptions): Promise<SearchResponse>;
  /** Loads every filter's values and counts: the filter menu only needs them once a reader opens it. */
  filters(): Promise<FilterCounts>;
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

/**
 * A Pagefind instance over the reader's language, with the other languages' bundles merged in when
 * asked. Each language has its own bundle (`/pagefind/en/`, `/pagefind/fr/`), so a reader who
 * searches their own language alone downloads nothing of the others'.
 */
export async function createPagefind(
  locale: string,
  options: { mergeLocales: readonly string[]; highlightParam: string; metaCacheTag: string },
): Promise<PagefindInstance> {
  const bundlePath = sitePathToAddress(searchBundlePath(locale));
  unpackSearchFilesNatively();
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindModule;
  const { highlightParam, metaCacheTag } = options;
  // On the page's own thread: a worker's start-up delays the first result, and only the page itself
  // can reuse the files it preloads (SearchPreloads.astro).
  // Pagefind's result addresses are the pages' site paths: `baseUrl` puts them under the site's folder.
  const baseUrl = sitePathToAddress('/');
  const instance = pagefind.createInstance({ basePath: bundlePath, baseUrl, highlightParam, metaCacheTag, noWorker: true });
  for (const mergeLocale of options.mergeLocales) {
    await instance.mergeIndex(sitePathToAddress(searchBundlePath(mergeLocale)), {
      language: mergeLocale,
      baseUrl,
      highlightParam,
      metaCacheTag,
    });
  }
  return instance;
}
