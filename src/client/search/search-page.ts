import { buildVersion } from '../../search/build-version.ts';
import { bundlePath, loadPagefindComponents } from './pagefind-components.ts';
import { shownResults } from '../../search/shown-results.ts';

/** The query parameter result links carry, read by the highlight script on the release page. */
export const highlightParam = 'highlight';

interface SearchState {
  term: string;
  filters: Record<string, string[]>;
  newestFirst: boolean;
}

/**
 * Starts the search page: two Pagefind instances, the reader's language alone and merged with
 * the other language, and one set of components bound to whichever the reader chose.
 */
export async function startSearchPage(): Promise<void> {
  const panel = document.querySelector<HTMLElement>('[data-search-panel]');
  const components = document.querySelector<HTMLTemplateElement>('template[data-search-components]');
  const fallback = document.querySelector<HTMLElement>('[data-search-fallback]');
  const { locale, otherLocale, label } = panel?.dataset ?? {};
  if (!panel || !components || !fallback || !locale || !otherLocale || !label) return;

  const pagefind = await loadPagefindComponents();
  // A fixed cache tag per build: the entry file is cached per deploy, never across deploys.
  const options = { bundlePath, highlightParam, metaCacheTag: buildVersion };
  const instances = {
    own: pagefind.configureInstance(locale, options),
    // The same bundle, other language. Written as a full URL: Pagefind skips a merge whose path
    // starts like the primary index's, taking it for the same index.
    both: pagefind.configureInstance(`${locale}-${otherLocale}`, {
      ...options,
      mergeIndex: [{ bundlePath: new URL(bundlePath, location.origin).href, language: otherLocale, baseUrl: '/', highlightParam }],
    }),
  };

  const render = (includeOther: boolean, state: SearchState, focusSelector?: string) => {
    const name = includeOther ? `${locale}-${otherLocale}` : locale;
    const instance = includeOther ? instances.both : instances.own;
    const ui = components.content.cloneNode(true) as DocumentFragment;
    for (const element of ui.querySelectorAll('*')) {
      if (element.localName.startsWith('pagefind-')) element.setAttribute('instance', name);
    }
    const includeOtherBox = ui.querySelector<HTMLInputElement>('[data-search-include-other]');
    const orderRadios = [...ui.querySelectorAll<HTMLInputElement>('input[name="search-order"]')];
    if (includeOtherBox) includeOtherBox.checked = includeOther;
    for (const radio of orderRadios) radio.checked = (radio.value === 'newest') === state.newestFirst;
    panel.replaceChildren(ui);

    instance.searchSort = state.newestFirst ? { date: 'desc' } : undefined;
    instance.on('search', (term) => rememberTerm(term), panel);
    instance.on(
      'results',
      (search) => {
        const more = panel.querySelector<HTMLElement>('[data-search-more]');
        if (more) more.hidden = (search?.results?.length ?? 0) <= shownResults;
      },
      panel,
    );
    if (state.term) instance.triggerSearchWithFilters(state.term, state.filters);

    const currentState = (): SearchState => ({
      term: instance.searchTerm,
      filters: instance.searchFilters,
      newestFirst: orderRadios.some((radio) => radio.value === 'newest' && radio.checked),
    });
    includeOtherBox?.addEventListener('change', () => render(includeOtherBox.checked, currentState(), '[data-search-include-other]'));
    for (const radio of orderRadios) {
      radio.addEventListener('change', () => {
        instance.searchSort = currentState().newestFirst ? { date: 'desc' } : undefined;
        if (instance.searchTerm) instance.triggerSearch(instance.searchTerm);
      });
    }
    const focusTarget = panel.querySelector<HTMLElement>(focusSelector ?? 'pagefind-input input');
    focusTarget?.focus();
  };

  for (const instance of Object.values(instances)) instance.setTranslations({ search_label: label });
  // The menus redraw themselves as filters load: name them again after each redraw.
  new MutationObserver(() => nameFilterMenus(panel)).observe(panel, { childList: true, subtree: true });
  fallback.hidden = true;
  panel.hidden = false;
  const term = new URLSearchParams(location.search).get('q') ?? '';
  render(false, { term, filters: {}, newestFirst: false });
}

/**
 * Pagefind's filter menus are buttons with the combobox role, which takes no name from its
 * text: give each the name it shows, so screen readers announce "Year" rather than nothing.
 */
function nameFilterMenus(panel: HTMLElement): void {
  for (const menu of panel.querySelectorAll('pagefind-filter-dropdown')) {
    const label = menu.getAttribute('label');
    const trigger = menu.querySelector('[role="combobox"]');
    if (label && trigger && trigger.getAttribute('aria-label') !== label) trigger.setAttribute('aria-label', label);
  }
}

/** Keeps the words in the address, so reloading or sharing the page repeats the search. */
function rememberTerm(term: string): void {
  const url = new URL(location.href);
  if (term) url.searchParams.set('q', term);
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
}

