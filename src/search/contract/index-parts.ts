import { searchBundlePath } from './bundle-path.ts';

/**
 * A language's search index in parts of at most `searchPartPages` pages (src/site-settings.mjs),
 * each built by a Pagefind run of its own and merged in the browser: Pagefind holds every page it
 * indexes in memory until it writes its bundle. The parts cut the years: each holds whole years, so
 * newest first is the parts newest first (Pagefind cannot merge sorted results), and a release
 * stays in its part unless its date is corrected. A layout is the first year of every part but the
 * oldest, oldest first: `[]` is one part; `[2011, 2017]` is the years to 2010, 2011 to 2016, and
 * 2017 on.
 */
export type PartStarts = readonly number[];

/**
 * Cuts the years into parts, from the number of releases each year lists (every language's list
 * shows every listed release): oldest first, a part takes the next year while it stays within
 * `limit` pages. Only the newest part grows as releases are published, so the older parts
 * keep their pages and their bundles come from the cache. A year larger than the limit is a part
 * of its own.
 */
export function yearCountsToPartStarts(releasesPerYear: ReadonlyMap<number, number>, limit: number): number[] {
  const starts: number[] = [];
  let pagesInPart = 0;
  for (const year of [...releasesPerYear.keys()].sort((a, b) => a - b)) {
    const pages = releasesPerYear.get(year)!;
    if (pagesInPart > 0 && pagesInPart + pages > limit) {
      starts.push(year);
      pagesInPart = 0;
    }
    pagesInPart += pages;
  }
  return starts;
}

/** The part (its index, oldest first: `starts.length` is the newest) whose years hold `year`. */
export function yearToPart(year: number, starts: PartStarts): number {
  const later = starts.findIndex((start) => year < start);
  return later === -1 ? starts.length : later;
}

/**
 * Where a part of a language's index is served: the newest at `/pagefind/en/`, which also carries
 * Pagefind's runtime and WebAssembly for every part; an older one in a folder named by its years,
 * `/pagefind/en/2011-2016/`, the oldest `/pagefind/en/until-2010/`.
 */
export function searchPartPath(locale: string, part: number, starts: PartStarts): string {
  if (part === starts.length) return searchBundlePath(locale);
  const last = starts[part]! - 1;
  return `${searchBundlePath(locale)}${part === 0 ? `until-${last}` : `${starts[part - 1]}-${last}`}/`;
}

/** Every part's path, newest first: the order of a newest-first search. */
export function searchPartPaths(locale: string, starts: PartStarts): string[] {
  return Array.from({ length: starts.length + 1 }, (_, index) => searchPartPath(locale, starts.length - index, starts));
}

/** The search page's `<meta>` that gives the layout, read by the browser (pagefind-api.ts) and the search step. */
export const searchPartsMetaName = 'newsroom-search-parts';

/** `<meta name="newsroom-search-parts" content="2011 2017">`, as the search page is built with it. */
export function partStartsToMetaTag(starts: PartStarts): string {
  return `<meta name="${searchPartsMetaName}" content="${starts.join(' ')}">`;
}

/** The layout a meta's `content` gives: years in increasing order, or an error, never a guess. */
export function metaContentToPartStarts(content: string): number[] {
  const words = content.split(' ').filter((word) => word !== '');
  const starts = words.map(Number);
  if (!starts.every((start, index) => /^\d{4}$/.test(words[index]!) && (index === 0 || start > starts[index - 1]!)))
    throw new Error(`The search page's ${searchPartsMetaName} meta must list years in increasing order, not "${content}".`);
  return starts;
}

/** The layout the built search page `html` declares; an error if it declares none. */
export function searchPageToPartStarts(html: string, file: string): number[] {
  const opening = `<meta name="${searchPartsMetaName}" content="`;
  const at = html.indexOf(opening);
  if (at === -1) throw new Error(`${file} has no ${searchPartsMetaName} meta: the search step cannot know the index's parts.`);
  const from = at + opening.length;
  return metaContentToPartStarts(html.slice(from, html.indexOf('"', from)));
}
