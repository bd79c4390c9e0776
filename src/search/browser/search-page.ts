import type { DateRecord } from '../../i18n/locale-record.ts';
import { fillPlaceholders } from '../../i18n/placeholders.ts';
import { buildVersion } from '../contract/build-version.ts';
import { searchFacets } from '../contract/index-fields.ts';
import { createPagefind, type FilterCounts, type PagefindInstance, type SearchResponse } from './pagefind-api.ts';
import { resultItem, type ResultLabels } from './result-item.ts';
import { formToSearchParams, hasChosenFilters, searchParamsToForm } from './search-state.ts';

/** The query parameter result links carry, read by the highlight script on the release page. */
export const highlightParam = 'highlight';

/** Results shown first, as soon as their fragments arrive; each result is a small download of its own. */
const firstResults = 5;

/** Results in the first screen, and added by each "show more". */
const resultsPerStep = 10;

/** Shorter words match most of the index: searching starts at two characters. */
const shortestTerm = 2;

interface SearchPage {
  form: HTMLFormElement;
  words: HTMLInputElement;
  includeOthers: HTMLInputElement;
  filtersMenu: HTMLDetailsElement;
  summary: HTMLElement;
  notice: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  locale: string;
  otherLanguages: string[];
  dates: DateRecord;
  messages: Record<string, string>;
}

function findSearchPage(): SearchPage | undefined {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const find = <Found extends Element>(selector: string, within: ParentNode = document) =>
    within.querySelector<Found>(selector) ?? undefined;
  const words = form && find<HTMLInputElement>('input[type="search"]', form);
  const includeOthers = form && find<HTMLInputElement>('[data-search-include-other]', form);
  const filtersMenu = form && find<HTMLDetailsElement>('[data-search-filters]', form);
  const summary = find<HTMLElement>('[data-search-summary]');
  const notice = find<HTMLElement>('[data-search-notice]');
  const list = find<HTMLOListElement>('[data-search-results]');
  const more = find<HTMLButtonElement>('[data-search-more]');
  const { locale, otherLanguages, dates, messages } = form?.dataset ?? {};
  if (
    !form ||
    !words ||
    !includeOthers ||
    !filtersMenu ||
    !summary ||
    !notice ||
    !list ||
    !more ||
    !locale ||
    otherLanguages === undefined ||
    !dates ||
    !messages
  )
    return undefined;
  return {
    form,
    words,
    includeOthers,
    filtersMenu,
    summary,
    notice,
    list,
    more,
    locale,
    otherLanguages: otherLanguages.split(' ').filter(Boolean),
    dates: JSON.parse(dates),
    messages: JSON.parse(messages),
  };
}

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
  const { form, words, includeOthers, filtersMenu, summary, notice, list, more, locale, otherLanguages, dates, messages } = page;
  const numbers = new Intl.NumberFormat(dates.intl);
  const plurals = new Intl.PluralRules(dates.intl);
  const labels: ResultLabels = {
    reader: locale,
    dates,
    typeLabel: (type) => form.querySelector(`input[name="type"][value="${CSS.escape(type)}"] ~ [data-filter-label]`)?.textContent ?? type,
    languageNote: (language) => messages[`in-${language}`] ?? language,
    precisionNote: (precision) => messages[`date-${precision}`],
  };

  // One instance per choice of languages, made when first needed and kept.
  const instances = new Map<boolean, Promise<PagefindInstance>>();
  const instance = (withOthers: boolean) => {
    let made = instances.get(withOthers);
    if (!made) {
      made = createPagefind(locale, { mergeLocales: withOthers ? otherLanguages : [], highlightParam, metaCacheTag: buildVersion });
      instances.set(withOthers, made);
      // A failed load (offline, say) is tried again by the next search.
      made.catch(() => instances.delete(withOthers));
    }
    return made;
  };

  let latest = 0;
  let shown: { response: SearchResponse; count: number; appending: Promise<void> } | undefined;

  /**
   * Appends the next `count` results of the current search once their fragments arrive, if it is
   * still current then. Appends wait for each other, so results always land in order.
   */
  const showMore = (searchId: number, count: number, focusFirstNew = false): Promise<void> => {
    const current = shown;
    if (!current) return Promise.resolve();
    current.appending = current.appending.then(async () => {
      const next = current.response.results.slice(current.count, current.count + count);
      const data = await Promise.all(next.map((result) => result.data()));
      if (searchId !== latest) return;
      const items = data.map((result) => resultItem(result, labels));
      list.append(...items);
      current.count += items.length;
      more.hidden = current.count >= current.response.results.length;
      if (focusFirstNew) items[0]?.querySelector('a')?.focus();
    });
    return current.appending;
  };

  /** Searches the reader's language, with the others when asked; throws when the index or a result cannot be read. */
  const searchIn = async (searchId: number, term: string, withOthers: boolean) => {
    const pagefind = await instance(withOthers);
    // Pagefind counts filter values only once it has read them: an instance made after the menu opened has not yet.
    if (filtersMenu.open) await pagefind.filters();
    const response = await pagefind.search(term, { filters: chosenFilters(form), sort: newestFirst(form) ? { date: 'desc' } : undefined });
    if (searchId !== latest) return;
    shown = { response, count: 0, appending: Promise.resolve() };
    list.replaceChildren();
    await showMore(searchId, firstResults);
    if (searchId !== latest) return;
    const count = response.results.length;
    summary.textContent = fillPlaceholders((count === 0 ? messages.none : messages[`count-${plurals.select(count)}`])!, {
      terms: term,
      count: numbers.format(count),
    });
    if (filtersMenu.open) showFilterCounts(form, response.filters);
    // The rest of the first screen follows; a failure there is handled like any other.
    showMore(searchId, resultsPerStep - firstResults).catch((error: unknown) => void recover(searchId, term, withOthers, error));
  };

  /**
   * Offline, the other languages' releases may not be kept on this device: the reader is told so
   * and gets their own language's results. Any other failure says what went wrong, never silently.
   */
  const recover = async (searchId: number, term: string, withOthers: boolean, error: unknown) => {
    if (searchId !== latest) return;
    console.warn('Search failed:', error);
    if (withOthers && !navigator.onLine) {
      notice.textContent = messages.offlineOthers ?? '';
      notice.hidden = false;
      try {
        await searchIn(searchId, term, false);
        return;
      } catch {
        // Not even this language's results are kept: said below.
      }
    }
    if (searchId !== latest) return;
    shown = undefined;
    list.replaceChildren();
    more.hidden = true;
    summary.textContent = (navigator.onLine ? messages.error : messages.offlineError) ?? '';
  };

  const search = async () => {
    const searchId = ++latest;
    const term = words.value.trim();
    notice.hidden = true;
    notice.textContent = '';
    if (term.length < shortestTerm) {
      shown = undefined;
      list.replaceChildren();
      more.hidden = true;
      summary.textContent = '';
      return;
    }
    const withOthers = includeOthers.checked;
    try {
      await searchIn(searchId, term, withOthers);
    } catch (error) {
      await recover(searchId, term, withOthers, error);
    }
  };

  const switchLink = document.querySelector<HTMLAnchorElement>('[data-language-switch]');
  /** Writes the form's state into the address and the language switch; typing replaces the entry, a choice adds one for Back. */
  const rememberState = (how: 'replace' | 'push') => {
    const params = formToSearchParams(form);
    const url = new URL(location.href);
    url.search = params.toString();
    if (switchLink) switchLink.search = params.toString();
    if (url.href === location.href) return;
    if (how === 'push') history.pushState(null, '', url);
    else history.replaceState(history.state, '', url);
  };
  const restoreState = () => {
    const params = new URLSearchParams(location.search);
    searchParamsToForm(params, form);
    if (hasChosenFilters(params)) filtersMenu.open = true;
    if (switchLink) switchLink.search = formToSearchParams(form).toString();
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    rememberState('push');
    void search();
  });
  // Each keystroke searches at once: Pagefind loads the index chunks for the words so far, and a
  // newer search simply replaces an older one's results, so there is no delay to wait out.
  words.addEventListener('input', () => {
    rememberState('replace');
    void search();
  });
  form.addEventListener('change', (event) => {
    if (event.target === words) return;
    rememberState('push');
    void search();
  });
  window.addEventListener('popstate', () => {
    restoreState();
    void search();
  });
  more.addEventListener('click', () => {
    const searchId = latest;
    showMore(searchId, resultsPerStep, true).catch(
      (error: unknown) => void recover(searchId, words.value.trim(), includeOthers.checked, error),
    );
  });
  filtersMenu.addEventListener('toggle', async () => {
    if (!filtersMenu.open) return;
    const counts = await (await instance(includeOthers.checked)).filters().catch(() => undefined);
    if (filtersMenu.open && !shown && counts) showFilterCounts(form, counts);
    if (shown) void search();
  });

  page.form.hidden = false;
  document.querySelector<HTMLElement>('[data-search-fallback]')?.setAttribute('hidden', '');
  restoreState();
  if (words.value) await search();
  else void instance(includeOthers.checked).catch(() => undefined); // Loads the runtime and index metadata while the reader types.
  words.focus();
}

/** The ticked values of each facet, as Pagefind filters: any value of a facet, and every facet. */
function chosenFilters(form: HTMLFormElement): Record<string, { any: string[] }> {
  const data = new FormData(form);
  const filters: Record<string, { any: string[] }> = {};
  for (const facet of searchFacets) {
    const values = data.getAll(facet).map(String);
    if (values.length > 0) filters[facet] = { any: values };
  }
  return filters;
}

function newestFirst(form: HTMLFormElement): boolean {
  return new FormData(form).get('order') === 'newest';
}

/** Writes the number of matching releases beside each filter value. */
function showFilterCounts(form: HTMLFormElement, counts: FilterCounts): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('[data-search-filter]')) {
    const count = counts[input.name]?.[input.value] ?? 0;
    const label = input.parentElement?.querySelector('[data-filter-count]');
    if (label) label.textContent = `(${count})`;
  }
}
