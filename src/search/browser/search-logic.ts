// What the search page decides, apart from the page: which words are searched, which filters and
// order Pagefind gets, which results come next and what the summary says. search-page.ts wires it to the DOM.
import { fillPlaceholders } from '../../i18n/placeholders.ts';
import { searchFacets } from '../contract/index-fields.ts';
import type { SearchMessages } from '../contract/search-messages.ts';
import { queryToWords } from '../contract/normalise-text.ts';
import type { ChosenFilters } from './release-results.ts';

/** Results shown first, as soon as their fragments arrive; each result is a small download of its own. */
export const firstResults = 5;

/** Matches read at once after the first screen, to settle the count: enough to keep the connection busy, few enough to stop soon for a newer search. */
export const checkedAtOnce = 20;

/** Results in the first screen, and added by each "show more". */
export const resultsPerStep = 10;

/** Shorter words match most of the index: searching starts at two characters. */
export const shortestTerm = 2;

/** The words to search for, normalised as the index is (normalise-text.ts), or undefined when there are too few characters to search yet. */
export function inputToWords(input: string): string[] | undefined {
  const words = queryToWords(input);
  return words.join('').length < shortestTerm ? undefined : words;
}

/** The ticked values of each facet: a release is kept with any value of a facet, and every facet (release-results.ts). */
export function formDataToChosen(data: FormData): ChosenFilters {
  const chosen: ChosenFilters = {};
  for (const facet of searchFacets) {
    const values = data.getAll(facet).map(String);
    if (values.length > 0) chosen[facet] = values;
  }
  return chosen;
}

/** The ticked values as Pagefind filters, for a search too large to read every match (search-page.ts). */
export function chosenToPagefindFilters(chosen: ChosenFilters): Record<string, { any: string[] }> {
  return Object.fromEntries(
    Object.entries(chosen).flatMap(([facet, values]) => (values.length > 0 ? [[facet, { any: [...values] }]] : [])),
  );
}

/** Pagefind's sort for the chosen order: newest first, or by relevance (Pagefind's own). */
export function formDataToSort(data: FormData): { date: 'desc' } | undefined {
  return data.get('order') === 'newest' ? { date: 'desc' } : undefined;
}

/** The positions of the next results to show, after `shown` of `total`, at most `count` of them. */
export function nextResultRange(shown: number, total: number, count: number): { start: number; end: number; more: boolean } {
  const end = Math.min(total, shown + Math.max(0, count));
  return { start: shown, end, more: end < total };
}

/**
 * How sure a count is: `exact` once every match was read and checked; `atLeast` while the first
 * screen shows and the rest are still being read; `about` when Pagefind's count stands (above the
 * full-check limit), before the whole-word check.
 */
export type CountKind = 'exact' | 'atLeast' | 'about';

/** The sentence above the results: none, or how many in the language's plural form, with the reader's own words in it. */
export function resultCountToSummary(
  messages: SearchMessages,
  count: number,
  term: string,
  numbers: Intl.NumberFormat,
  plurals: Intl.PluralRules,
  kind: CountKind = 'exact',
): string {
  const forms = { exact: messages.counts, atLeast: messages.atLeastCounts, about: messages.aboutCounts }[kind];
  // "other" is every language's catch-all, and the page always sends it (jsonToSearchMessages).
  const sentence = count === 0 ? messages.none : (forms[plurals.select(count)] ?? forms.other!);
  return fillPlaceholders(sentence, { terms: term, count: numbers.format(count) });
}

/** The count beside a filter value: `(12)`, or `(about 12)` when it is an estimate; none is none either way. */
export function filterCountToLabel(messages: SearchMessages, count: number, estimate: boolean, numbers: Intl.NumberFormat): string {
  const figure = numbers.format(count);
  return `(${estimate && count > 0 ? fillPlaceholders(messages.aboutFilterCount, { count: figure }) : figure})`;
}

/** What a failed search says: offline, or a fault. */
export function failureToSummary(messages: SearchMessages, online: boolean): string {
  return online ? messages.error : messages.offlineError;
}
