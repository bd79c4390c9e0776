// The search page's elements and settings, found in the page the build wrote (SearchPanel.astro),
// and the filter counts written beside the filter values. search-page.ts runs the searches.
import type { DateRecord } from '../../i18n/locale-record.ts';
import { jsonToSearchMessages, type SearchMessages } from '../contract/search-messages.ts';
import type { FilterCounts } from './pagefind-api.ts';

export interface SearchPage {
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
  messages: SearchMessages;
  /** Pagefind's matches read and checked word by word when there are at most this many (site-settings.mjs). */
  fullCheckLimit: number;
  /** The build's name (src/search/contract/build-version.ts), Pagefind's cache tag. */
  buildVersion: string;
}

export function findSearchPage(): SearchPage | undefined {
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
  const { locale, otherLanguages, dates, messages, fullCheckLimit, buildVersion } = form?.dataset ?? {};
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
    !messages ||
    !fullCheckLimit ||
    !buildVersion
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
    messages: jsonToSearchMessages(messages),
    fullCheckLimit: Number(fullCheckLimit),
    buildVersion,
  };
}

/** Empties the counts beside the filter values while a search's are not known yet: an old count would lie. */
export function clearFilterCounts(form: HTMLFormElement): void {
  for (const label of form.querySelectorAll('[data-filter-count]')) label.textContent = '';
}

/** Writes the number of matching releases beside each filter value, as `toLabel` words it. */
export function showFilterCounts(form: HTMLFormElement, counts: FilterCounts, toLabel: (count: number) => string): void {
  for (const input of form.querySelectorAll<HTMLInputElement>('[data-search-filter]')) {
    const count = counts[input.name]?.[input.value] ?? 0;
    const label = input.parentElement?.querySelector('[data-filter-count]');
    if (label) label.textContent = toLabel(count);
  }
}
