// From Pagefind's matches to what the reader sees: only pages that hold every word as a whole word,
// one result per release, the ticked filters applied, and filter counts that say what ticking gives.
import { searchFacets, type SearchFacet } from '../contract/index-fields.ts';
import { textHasQueryWords } from '../contract/normalise-text.ts';
import type { FilterCounts, ResultData } from './pagefind-api.ts';

/** One release among the results: the version shown, and the other languages it exists in. */
export interface ReleaseResult {
  data: ResultData;
  /** The filter values of the release (identifiers: `2013`, `news`, `fr`). */
  filters: Record<SearchFacet, string[]>;
  /** The languages of the release other than the version shown, in the site's order. */
  otherVersions: string[];
}

/** The ticked values of each facet; a facet with none ticked is not a filter. */
export type ChosenFilters = Partial<Record<SearchFacet, readonly string[]>>;

/**
 * Pagefind's matches, in its order, kept only when the page's title or text holds every query word
 * (Pagefind also matches prefixes and stems: "et" for "éthique"), then one per release: the version
 * in the reader's language when it matched, else the first that did, at the place of the first.
 */
export function resultsToReleases(results: readonly ResultData[], words: readonly string[], reader: string): ReleaseResult[] {
  const releases = new Map<string, ReleaseResult>();
  for (const data of results) {
    if (!textHasQueryWords(`${data.meta.title ?? ''} ${data.content}`, words)) continue;
    const key = data.meta.release ?? data.url;
    const known = releases.get(key);
    if (known && (known.data.meta.language === reader || data.meta.language !== reader)) continue;
    const filters = Object.fromEntries(searchFacets.map((facet) => [facet, data.filters[facet] ?? []])) as Record<SearchFacet, string[]>;
    const otherVersions = filters.languages.filter((language) => language !== data.meta.language);
    releases.set(key, { data, filters, otherVersions });
  }
  return [...releases.values()];
}

/** Whether a release has one of the ticked values of every facet, leaving out `except`. */
function matchesChosen(release: ReleaseResult, chosen: ChosenFilters, except?: SearchFacet): boolean {
  return searchFacets.every((facet) => {
    const values = chosen[facet];
    return facet === except || !values || values.length === 0 || values.some((value) => release.filters[facet].includes(value));
  });
}

/** The releases the ticked filters keep: any ticked value of a facet, and every facet. */
export function releasesToChosen(releases: readonly ReleaseResult[], chosen: ChosenFilters): ReleaseResult[] {
  return releases.filter((release) => matchesChosen(release, chosen));
}

/**
 * How many releases each filter value would show, given what is ticked in the other facets: for an
 * unticked year, exactly the releases ticking it adds; never "2024 (0)" while 2024 has results.
 */
export function releasesToFilterCounts(releases: readonly ReleaseResult[], chosen: ChosenFilters): FilterCounts {
  const counts: FilterCounts = {};
  for (const facet of searchFacets) {
    const facetCounts: Record<string, number> = {};
    for (const release of releases) {
      if (!matchesChosen(release, chosen, facet)) continue;
      for (const value of release.filters[facet]) facetCounts[value] = (facetCounts[value] ?? 0) + 1;
    }
    counts[facet] = facetCounts;
  }
  return counts;
}

/**
 * The releases at the head of `releases` (from the first matches read, in Pagefind's order) that no
 * later match can change: each shown in the reader's language, or existing in no version in it. The
 * list of every match then starts with these, so the first screen shows before all are read and
 * nothing shown moves; a release whose reader's version may match later ends the head. `complete`:
 * every match was read, so all are settled.
 */
export function releasesToSettled(releases: readonly ReleaseResult[], reader: string, complete: boolean): ReleaseResult[] {
  if (complete) return [...releases];
  const open = releases.findIndex((release) => release.data.meta.language !== reader && release.filters.languages.includes(reader));
  return open === -1 ? [...releases] : releases.slice(0, open);
}
