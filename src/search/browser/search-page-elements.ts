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

/**
 * The search page, or undefined on any other page (no search form). A search form without one of its
 * parts is a bug in SearchPanel.astro, not another page: the error names the selector or attribute.
 */
export function findSearchPage(): SearchPage | undefined {
  const form = document.querySelector('[data-search-form]');
  if (!form) return undefined;
  if (!(form instanceof HTMLFormElement)) throw panelError('[data-search-form] (HTMLFormElement)');
  const element = <Found extends Element>(selector: string, kind: abstract new () => Found, within: ParentNode = document): Found => {
    const found = within.querySelector(selector);
    if (!(found instanceof kind)) throw panelError(`${selector} (${kind.name})`);
    return found;
  };
  /** A data attribute of the form; only data-other-languages may be empty (a site in one language). */
  const attribute = (name: string, mayBeEmpty = false): string => {
    const value = form.getAttribute(name);
    if (value === null || (value === '' && !mayBeEmpty)) throw panelError(`${name} on the search form`);
    return value;
  };
  return {
    form,
    words: element('input[type="search"]', HTMLInputElement, form),
    includeOthers: element('[data-search-include-other]', HTMLInputElement, form),
    filtersMenu: element('[data-search-filters]', HTMLDetailsElement, form),
    summary: element('[data-search-summary]', HTMLElement),
    notice: element('[data-search-notice]', HTMLElement),
    list: element('[data-search-results]', HTMLOListElement),
    more: element('[data-search-more]', HTMLButtonElement),
    locale: attribute('data-locale'),
    otherLanguages: attribute('data-other-languages', true).split(' ').filter(Boolean),
    dates: JSON.parse(attribute('data-dates')),
    messages: jsonToSearchMessages(attribute('data-messages')),
    fullCheckLimit: Number(attribute('data-full-check-limit')),
    buildVersion: attribute('data-build-version'),
  };
}

/** The error for a search form that lacks `what`: SearchPanel.astro and this file disagree. */
function panelError(what: string): Error {
  return new Error(`The search page lacks ${what}: SearchPanel.astro must write it (search-page-elements.ts reads it)`);
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
