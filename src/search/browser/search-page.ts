import { alsoInNote, resultInNote } from '../contract/search-messages.ts';
import { createPagefind, type FilterCounts, type PagefindInstance, type ResultData, type SearchResult } from './pagefind-api.ts';
import { searchFacets } from '../contract/index-fields.ts';
import {
  releasesToChosen,
  releasesToFilterCounts,
  releasesToSettled,
  resultsToReleases,
  type ChosenFilters,
  type ReleaseResult,
} from './release-results.ts';
import { candidatesInOrder, mergedBundlesToCandidates, wordsToCandidates } from './whole-word-candidates.ts';
import { resultItem, type ResultLabels } from './result-item.ts';
import {
  failureToSummary,
  checkedAtOnce,
  chosenToPagefindFilters,
  filterCountToLabel,
  firstResults,
  formDataToChosen,
  formDataToSort,
  inputToWords,
  nextResultRange,
  resultCountToSummary,
  resultsPerStep,
  type CountKind,
} from './search-logic.ts';
import { clearFilterCounts, findSearchPage, showFilterCounts } from './search-page-elements.ts';
import { formToSearchParams, hasChosenFilters, searchParamsToForm } from './search-state.ts';

/** The query parameter result links carry, read by the highlight script on the release page. */
export const highlightParam = 'highlight';

/**
 * The search page: a form over Pagefind's search API, rendered by this site so that a reader's
 * first search downloads only the search runtime, the index metadata, the index chunks for the
 * typed words and the fragments of the results shown. Filter counts load when the filter menu
 * opens; the other languages' indexes load when the reader includes them. The whole state lives in
 * the address (search-state.ts), so a reload, Back, a shared link and the language switch keep it.
 */
export async function startSearchPage(): Promise<void> {
  const page = findSearchPage();
  if (!page) return;
  const numbers = new Intl.NumberFormat(page.dates.intl);
  const plurals = new Intl.PluralRules(page.dates.intl);
  const labels: ResultLabels = {
    reader: page.locale,
    dates: page.dates,
    typeLabel: (type) =>
      page.form.querySelector(`input[name="type"][value="${CSS.escape(type)}"] ~ [data-filter-label]`)?.textContent ?? type,
    languageNote: (language) => resultInNote(page.messages, language),
    alsoInNote: (language) => alsoInNote(page.messages, language),
    precisionNote: (precision) => page.messages.datePrecision[precision],
  };

  // One instance per choice of languages, made when first needed and kept.
  const instances = new Map<boolean, Promise<PagefindInstance>>();
  const instance = (withOthers: boolean) => {
    let made = instances.get(withOthers);
    if (!made) {
      made = createPagefind(page.locale, {
        mergeLocales: withOthers ? page.otherLanguages : [],
        highlightParam,
        metaCacheTag: page.buildVersion,
      });
      instances.set(withOthers, made);
      // A failed load (offline, say) is tried again by the next search.
      made.catch(() => instances.delete(withOthers));
    }
    return made;
  };

  let latest = 0;
  /** The current search's filter counts, when they are made only once the filter menu opens (searchEstimated). */
  let countFacets: (() => Promise<void>) | undefined;
  /**
   * The current search's releases: those checked, when Pagefind matched few enough pages to read them
   * all (`pending` is empty; the first screen's until the rest are read); else those checked so far,
   * and the matches not yet read.
   */
  let shown: { releases: ReleaseResult[]; count: number; pending: SearchResult[]; words: string[] } | undefined;

  /** Appends the next `count` results of the current search, reading and checking more matches when needed. */
  const showMore = async (searchId: number, count: number, focusFirstNew = false): Promise<void> => {
    const current = shown;
    if (!current) return;
    while (current.releases.length < current.count + count && current.pending.length > 0) {
      const batch = current.pending.splice(0, resultsPerStep);
      const checked = resultsToReleases(await Promise.all(batch.map((result) => result.data())), current.words, page.locale);
      const known = new Set(current.releases.map((release) => release.data.meta.release));
      current.releases.push(...checked.filter((release) => !known.has(release.data.meta.release)));
    }
    if (searchId !== latest) return;
    const range = nextResultRange(current.count, current.releases.length, count);
    const items = current.releases.slice(range.start, range.end).map((release) => resultItem(release, labels));
    page.list.append(...items);
    current.count = range.end;
    page.more.hidden = !range.more && current.pending.length === 0;
    if (focusFirstNew) items[0]?.querySelector('a')?.focus();
  };

  /** The sentence above the results, repeating the reader's words as typed, not their normalised form. */
  const summarise = (typed: string, count: number, kind: CountKind) =>
    resultCountToSummary(page.messages, count, typed.trim(), numbers, plurals, kind);

  /**
   * Searches the reader's language, with the others when asked; throws when the index or a result
   * cannot be read. Quoted searches first narrow Pagefind's matches to the pages holding each word's
   * stem (whole-word-candidates.ts), without reading a page. When at most `fullCheckLimit` remain,
   * they are read in Pagefind's order, a screen at a time, until the first screen is checked (only
   * pages holding every word as a whole word, once per release, the ticked filters applied); it shows
   * "At least 5 results", then the rest are read and the exact count and filter counts replace it
   * (release-results.ts). A word in most of a large archive is not junk, but reading every match
   * would cost about 1.25 KB gzipped and a request per page (12 MB for a word in 10,000): its matches
   * are read a screen at a time, Pagefind filters them, and the counts, Pagefind's own (pages, not
   * releases, before the whole-word check; each facet's from a search without that facet's ticks),
   * are said to be estimates: "About 1,200 results".
   */
  const searchIn = async (searchId: number, typed: string, words: string[], withOthers: boolean) => {
    const pagefind = await instance(withOthers);
    const data = new FormData(page.form);
    const sort = formDataToSort(data);
    const chosen = formDataToChosen(data);
    const quoted = await wordsToCandidates(pagefind, words, page.fullCheckLimit);
    if (searchId !== latest) return;
    if (!quoted) {
      await searchEstimated(searchId, typed, words, undefined, sort, chosen, pagefind);
      return;
    }
    // Other languages' bundles are searched with this language's stemmer: their pages come unquoted.
    const ranked = withOthers ? (await pagefind.search(words.join(' '), { sort })).results : undefined;
    const candidates = ranked ? mergedBundlesToCandidates(quoted, ranked, page.locale) : quoted;
    if (searchId !== latest) return;
    if (candidates.size > page.fullCheckLimit) {
      await searchEstimated(searchId, typed, words, candidates, sort, chosen, pagefind);
      return;
    }
    const ordered = await candidatesInOrder(pagefind, words, sort, candidates, ranked);
    const read: ResultData[] = [];
    const readNext = async (count: number) => {
      const batch = ordered.slice(read.length, read.length + count);
      read.push(...(await Promise.all(batch.map((result) => result.data()))));
    };
    const firstScreen = () =>
      releasesToChosen(releasesToSettled(resultsToReleases(read, words, page.locale), page.locale, read.length === ordered.length), chosen);
    // Pagefind ranks pages holding the words first: the first screen seldom needs a second batch.
    do await readNext(firstResults);
    while (searchId === latest && read.length < ordered.length && firstScreen().length < firstResults);
    if (searchId !== latest) return;
    shown = { releases: firstScreen(), count: 0, pending: [], words };
    const current = shown;
    page.list.replaceChildren();
    await showMore(searchId, resultsPerStep);
    if (read.length < ordered.length) {
      // Busy until every match is read: the count and the filter counts are not known before.
      page.summary.setAttribute('aria-busy', 'true');
      page.summary.textContent = summarise(typed, current.releases.length, 'atLeast');
      clearFilterCounts(page.form);
      while (searchId === latest && read.length < ordered.length) await readNext(checkedAtOnce);
      if (searchId !== latest) return;
    }
    const releases = resultsToReleases(read, words, page.locale);
    // The first screen's releases head this list (releasesToSettled): what shows stays in place.
    current.releases = releasesToChosen(releases, chosen);
    await showMore(searchId, resultsPerStep - current.count);
    if (searchId !== latest) return;
    page.summary.removeAttribute('aria-busy');
    page.summary.textContent = summarise(typed, current.releases.length, 'exact');
    if (current.releases.length === 0) {
      page.notice.textContent = page.messages.noneNext;
      page.notice.hidden = false;
    }
    showFilterCounts(page.form, releasesToFilterCounts(releases, chosen), (value) =>
      filterCountToLabel(page.messages, value, false, numbers),
    );
  };

  /** A search with more candidates than `fullCheckLimit` (undefined: not narrowed): read a screen at a time, with Pagefind's counts as estimates. */
  const searchEstimated = async (
    searchId: number,
    typed: string,
    words: string[],
    candidates: ReadonlyMap<string, SearchResult> | undefined,
    sort: ReturnType<typeof formDataToSort>,
    chosen: ChosenFilters,
    pagefind: PagefindInstance,
  ) => {
    const query = words.join(' ');
    const filtered = await pagefind.search(query, { sort, filters: chosenToPagefindFilters(chosen) });
    // Pagefind's matches without the prefix-only ones ("policy" for "police") when they are known: the check would drop them.
    const pending = candidates ? filtered.results.filter((result) => candidates.has(result.id)) : filtered.results;
    if (searchId !== latest) return;
    // Counted before the first screen takes its matches out of `pending`.
    const estimate = pending.length;
    shown = { releases: [], count: 0, pending, words };
    page.list.replaceChildren();
    await showMore(searchId, resultsPerStep);
    if (searchId !== latest) return;
    page.summary.removeAttribute('aria-busy');
    page.summary.textContent = summarise(typed, estimate, 'about');
    if (estimate === 0) {
      page.notice.textContent = page.messages.noneNext;
      page.notice.hidden = false;
    }
    // Each facet's counts cost a search scoring every match with the filter index loaded (0.6 to 1 s
    // for a word in 11,000 pages, measured at 10,000 pairs): made only for a reader who opens the menu.
    clearFilterCounts(page.form);
    countFacets = async () => {
      countFacets = undefined;
      // A search's filter counts are empty until the filter index is loaded.
      await pagefind.filters();
      const counts: FilterCounts = {};
      for (const facet of searchFacets) {
        const others = await pagefind.search(query, { sort, filters: chosenToPagefindFilters({ ...chosen, [facet]: [] }) });
        counts[facet] = others.filters[facet] ?? {};
      }
      if (searchId === latest) showFilterCounts(page.form, counts, (value) => filterCountToLabel(page.messages, value, true, numbers));
    };
    if (page.filtersMenu.open) await countFacets();
  };

  /**
   * Offline, the other languages' releases may not be kept on this device: the reader is told so
   * and gets their own language's results. Any other failure says what went wrong, never silently.
   */
  const recover = async (searchId: number, typed: string, term: string[], withOthers: boolean, error: unknown) => {
    if (searchId !== latest) return;
    console.warn('Search failed:', error);
    if (withOthers && !navigator.onLine) {
      page.notice.textContent = page.messages.offlineOthers;
      page.notice.hidden = false;
      try {
        await searchIn(searchId, typed, term, false);
        return;
      } catch {
        // Not even this language's results are kept: said below.
      }
    }
    if (searchId !== latest) return;
    shown = undefined;
    page.list.replaceChildren();
    page.more.hidden = true;
    page.summary.removeAttribute('aria-busy');
    page.summary.textContent = failureToSummary(page.messages, navigator.onLine);
  };

  const search = async () => {
    const searchId = ++latest;
    countFacets = undefined;
    const term = inputToWords(page.words.value);
    page.notice.hidden = true;
    page.notice.textContent = '';
    if (term === undefined) {
      shown = undefined;
      page.list.replaceChildren();
      page.more.hidden = true;
      page.summary.removeAttribute('aria-busy');
      page.summary.textContent = '';
      return;
    }
    const withOthers = page.includeOthers.checked;
    try {
      await searchIn(searchId, page.words.value, term, withOthers);
    } catch (error) {
      await recover(searchId, page.words.value, term, withOthers, error);
    }
  };

  const switchLink = document.querySelector<HTMLAnchorElement>('[data-language-switch]');
  /** Writes the form's state into the address and the language switch; typing replaces the entry, a choice adds one for Back. */
  const rememberState = (how: 'replace' | 'push') => {
    const params = formToSearchParams(page.form);
    const url = new URL(location.href);
    url.search = params.toString();
    if (switchLink) switchLink.search = params.toString();
    if (url.href === location.href) return;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  };
  const restoreState = () => {
    const params = new URLSearchParams(location.search);
    searchParamsToForm(params, page.form);
    if (hasChosenFilters(params)) page.filtersMenu.open = true;
    if (switchLink) switchLink.search = formToSearchParams(page.form).toString();
  };

  page.form.addEventListener('submit', (event) => {
    event.preventDefault();
    rememberState('push');
    void search();
  });
  // Each keystroke searches at once: Pagefind loads the index chunks for the words so far, and a
  // newer search simply replaces an older one's results, so there is no delay to wait out.
  page.words.addEventListener('input', () => {
    rememberState('replace');
    void search();
  });
  page.form.addEventListener('change', (event) => {
    if (event.target === page.words) return;
    rememberState('push');
    void search();
  });
  window.addEventListener('popstate', () => {
    restoreState();
    void search();
  });
  page.more.addEventListener('click', () => {
    const searchId = latest;
    showMore(searchId, resultsPerStep, true).catch(
      (error: unknown) => void recover(searchId, page.words.value, inputToWords(page.words.value) ?? [], page.includeOthers.checked, error),
    );
  });
  page.filtersMenu.addEventListener('toggle', async () => {
    if (!page.filtersMenu.open) return;
    if (countFacets) {
      await countFacets().catch((error: unknown) => console.warn('Filter counts failed:', error));
      return;
    }
    const counts = await (await instance(page.includeOthers.checked)).filters().catch(() => undefined);
    // Before any search, the counts are the whole index's, as Pagefind gives them.
    if (page.filtersMenu.open && !shown && counts)
      showFilterCounts(page.form, counts, (value) => filterCountToLabel(page.messages, value, false, numbers));
  });

  page.form.hidden = false;
  document.querySelector<HTMLElement>('[data-search-fallback]')?.setAttribute('hidden', '');
  restoreState();
  if (page.words.value) await search();
  else void instance(page.includeOthers.checked).catch(() => undefined); // Loads the runtime and index metadata while the reader types.
  page.words.focus();
}
