import { localeRecords } from '../../i18n/locale-records.ts';
import { type Locale } from '../../i18n/locales.ts';
import { fillPlaceholders } from '../../i18n/placeholders.ts';
import { buildVersion } from '../contract/build-version.ts';
import { searchFacets } from '../contract/index-fields.ts';
import { createPagefind, type FilterCounts, type PagefindInstance, type SearchResponse } from './pagefind-api.ts';
import { resultItem, type ResultLabels } from './result-item.ts';

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
  includeOther: HTMLInputElement;
  filtersMenu: HTMLDetailsElement;
  summary: HTMLElement;
  list: HTMLOListElement;
  more: HTMLButtonElement;
  locale: Locale;
  otherLocale: Locale;
  messages: Record<string, string>;
}

function findSearchPage(): SearchPage | undefined {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  const find = <Found extends Element>(selector: string, within: ParentNode = document) =>
    within.querySelector<Found>(selector) ?? undefined;
  const words = form && find<HTMLInputElement>('input[type="search"]', form);
  const includeOther = form && find<HTMLInputElement>('[data-search-include-other]', form);
  const filtersMenu = form && find<HTMLDetailsElement>('[data-search-filters]', form);
  const summary = find<HTMLElement>('[data-search-summary]');
  const list = find<HTMLOListElement>('[data-search-results]');
  const more = find<HTMLButtonElement>('[data-search-more]');
  const { locale, otherLocale, messages } = form?.dataset ?? {};
  if (!form || !words || !includeOther || !filtersMenu || !summary || !list || !more || !locale || !otherLocale || !messages)
    return undefined;
  return {
    form,
    words,
    includeOther,
    filtersMenu,
    summary,
    list,
    more,
    locale: locale as Locale,
    otherLocale: otherLocale as Locale,
    messages: JSON.parse(messages),
  };
}

/**
 * The search page: a form over Pagefind's search API, rendered by this site so that a reader's
 * first search downloads only the search runtime, the index metadata, the index chunks for the
 * typed words and the fragments of the results shown. Filter counts load when the filter menu
 * opens; the other language's index loads when the reader includes it.
 */
export async function startSearchPage(): Promise<void> {
  const page = findSearchPage();
  if (!page) return;
  const { form, words, includeOther, filtersMenu, summary, list, more, locale, otherLocale, messages } = page;
  const numbers = new Intl.NumberFormat(localeRecords[locale].intl);
  const labels: ResultLabels = {
    reader: locale,
    typeLabel: (type) => form.querySelector(`input[name="type"][value="${CSS.escape(type)}"] ~ [data-filter-label]`)?.textContent ?? type,
    languageNote: (language) => messages[`in-${language}`] ?? language,
  };

  // One instance per choice of languages, made when first needed and kept.
  const instances = new Map<boolean, Promise<PagefindInstance>>();
  const instance = () => {
    const both = includeOther.checked;
    let made = instances.get(both);
    if (!made) {
      made = createPagefind(locale, { mergeLocale: both ? otherLocale : undefined, highlightParam, metaCacheTag: buildVersion });
      instances.set(both, made);
      // A failed load (offline, say) is tried again by the next search.
      made.catch(() => instances.delete(both));
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

  const search = async () => {
    const searchId = ++latest;
    const term = words.value.trim();
    rememberTerm(term);
    if (term.length < shortestTerm) {
      shown = undefined;
      list.replaceChildren();
      more.hidden = true;
      summary.textContent = '';
      return;
    }
    try {
      const pagefind = await instance();
      const response = await pagefind.search(term, {
        filters: chosenFilters(form),
        sort: newestFirst(form) ? { date: 'desc' } : undefined,
      });
      if (searchId !== latest) return;
      shown = { response, count: 0, appending: Promise.resolve() };
      list.replaceChildren();
      await showMore(searchId, firstResults);
      void showMore(searchId, resultsPerStep - firstResults);
      if (searchId !== latest) return;
      const count = response.results.length;
      summary.textContent = fillPlaceholders(count === 0 ? messages.none! : count === 1 ? messages.one! : messages.many!, {
        terms: term,
        count: numbers.format(count),
      });
      if (filtersMenu.open) showFilterCounts(form, response.filters);
    } catch (error) {
      if (searchId === latest) summary.textContent = messages.error ?? '';
      throw error;
    }
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void search();
  });
  // Each keystroke searches at once: Pagefind loads the index chunks for the words so far, and a
  // newer search simply replaces an older one's results, so there is no delay to wait out.
  words.addEventListener('input', () => void search());
  form.addEventListener('change', (event) => {
    if (event.target !== words) void search();
  });
  more.addEventListener('click', () => void showMore(latest, resultsPerStep, true));
  filtersMenu.addEventListener('toggle', async () => {
    if (!filtersMenu.open) return;
    const counts = await (await instance()).filters();
    if (filtersMenu.open && !shown) showFilterCounts(form, counts);
    if (shown) void search();
  });

  page.form.hidden = false;
  document.querySelector<HTMLElement>('[data-search-fallback]')?.setAttribute('hidden', '');
  words.value = new URLSearchParams(location.search).get('q') ?? '';
  if (words.value) await search();
  else void instance(); // Loads the runtime and index metadata while the reader types the first word.
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

/**
 * Keeps the words in the address, so reloading or sharing the page repeats the search. An address
 * that already says them (the page opened with `?q=`) is left alone.
 */
function rememberTerm(term: string): void {
  const url = new URL(location.href);
  if (term) url.searchParams.set('q', term);
  else url.searchParams.delete('q');
  if (url.href !== location.href) history.replaceState(history.state, '', url);
}
