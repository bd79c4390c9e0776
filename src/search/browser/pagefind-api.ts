import { sitePathToAddress } from '../contract/site-address.ts';
import { searchBundlePath } from '../contract/bundle-path.ts';
import { metaContentToPartStarts, searchPartPaths, searchPartsMetaName } from '../contract/index-parts.ts';
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

/** The layout of every language's index, as the search page declares it (SearchPreloads.astro). */
function pageToPartStarts(): number[] {
  const content = document.querySelector<HTMLMetaElement>(`meta[name="${searchPartsMetaName}"]`)?.content;
  if (content === undefined) throw new Error(`The search page has no ${searchPartsMetaName} meta: it cannot know its index's parts.`);
  return metaContentToPartStarts(content);
}

/**
 * The filter that names each part of an index in several (Pagefind's `mergeFilter`): a sorted
 * search asks the parts one after another, as Pagefind cannot merge sorted results (below).
 */
const partFilter = 'newsroom-search-part';

/**
 * A Pagefind instance over the reader's language, with the other languages' bundles merged in when
 * asked. Each language has its own bundle (`/pagefind/en/`, `/pagefind/fr/`), so a reader who
 * searches their own language alone downloads nothing of the others'. A large archive's bundle is
 * in parts by year (src/search/contract/index-parts.ts), all merged: the newest part is the primary,
 * whose runtime and WebAssembly serve the others.
 */
export async function createPagefind(
  locale: string,
  options: { mergeLocales: readonly string[]; highlightParam: string; metaCacheTag: string },
): Promise<PagefindInstance> {
  const starts = pageToPartStarts();
  const bundlePath = sitePathToAddress(searchBundlePath(locale));
  unpackSearchFilesNatively();
  const pagefind = (await import(/* @vite-ignore */ `${bundlePath}pagefind.js`)) as PagefindModule;
  const { highlightParam, metaCacheTag } = options;
  // On the page's own thread: a worker's start-up delays the first result, and only the page itself
  // can reuse the files it preloads (SearchPreloads.astro).
  // Pagefind's result addresses are the pages' site paths: `baseUrl` puts them under the site's folder.
  const shared = { baseUrl: sitePathToAddress('/'), highlightParam, metaCacheTag };
  // Parts are named by their newest-first rank; one part needs no name.
  const partName = (rank: number) => (starts.length === 0 ? {} : { mergeFilter: { [partFilter]: String(rank) } });
  const instance = pagefind.createInstance({ ...shared, ...partName(0), basePath: bundlePath, noWorker: true });
  for (const language of [locale, ...options.mergeLocales]) {
    for (const [rank, part] of searchPartPaths(language, starts).entries()) {
      if (language === locale && rank === 0) continue;
      await instance.mergeIndex(sitePathToAddress(part), { ...shared, ...partName(rank), language });
    }
  }
  return starts.length === 0 ? instance : partsInDateOrder(instance, starts.length + 1);
}

/**
 * Pagefind merges bundles by score, and a sorted result's score is its rank within its own bundle,
 * so merged sorted results would interleave the parts (one part's 2,000th beside another's 200th).
 * Every release of a part is newer than every release of the parts after it: a search by date
 * asks the parts one after another and puts their results end to end; the counts are the sums.
 * A search by relevance is Pagefind's own merge.
 */
function partsInDateOrder(instance: PagefindInstance, parts: number): PagefindInstance {
  return {
    mergeIndex: (bundlePath, options) => instance.mergeIndex(bundlePath, options),
    filters: async () => withoutPartFilter(await instance.filters()),
    search: async (term, options = {}) => {
      if (options.sort === undefined) {
        const response = await instance.search(term, options);
        return { ...response, filters: withoutPartFilter(response.filters) };
      }
      const ranks = Array.from({ length: parts }, (_, rank) => String(rank));
      if (Object.values(options.sort).includes('asc')) ranks.reverse();
      const responses: SearchResponse[] = [];
      for (const rank of ranks)
        responses.push(await instance.search(term, { ...options, filters: { ...options.filters, [partFilter]: { any: [rank] } } }));
      return {
        results: responses.flatMap((response) => response.results),
        filters: sumFilterCounts(responses.map((response) => response.filters)),
      };
    },
  };
}

function withoutPartFilter(counts: FilterCounts): FilterCounts {
  return Object.fromEntries(Object.entries(counts).filter(([facet]) => facet !== partFilter));
}

/** The counts of searches over disjoint parts, added up value by value. */
function sumFilterCounts(counts: readonly FilterCounts[]): FilterCounts {
  const sum: FilterCounts = {};
  for (const [facet, values] of counts.flatMap((count) => Object.entries(withoutPartFilter(count)))) {
    const facetSum = (sum[facet] ??= {});
    for (const [value, count] of Object.entries(values)) facetSum[value] = (facetSum[value] ?? 0) + count;
  }
  return sum;
}
