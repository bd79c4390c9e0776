// Loaded on every page, so it stays tiny: Pagefind itself loads only on the search page, and the
// highlighter only when a search result link brought the reader here.
import { sitePathToAddress } from '../contract/site-address.ts';

/** `/` opens search, as on many sites, unless the reader is typing in a field. */
export function searchOnSlash(): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select'))) return;
    event.preventDefault();
    const searchField = document.querySelector<HTMLInputElement>('[data-search-form] input[type="search"]');
    if (searchField) searchField.focus();
    else location.assign(document.querySelector<HTMLAnchorElement>('[data-search-entry]')?.href ?? sitePathToAddress('/'));
  });
}

/** Marks the words a reader searched for, when they arrive from a result (`?highlight=...`). */
export async function highlightSearchTerms(): Promise<void> {
  if (!new URLSearchParams(location.search).has('highlight')) return;
  // Each language's search bundle carries the highlighter: the page names its own language's.
  const highlighterUrl = document.querySelector<HTMLElement>('[data-search-entry]')?.dataset['highlighter'];
  if (!highlighterUrl) return;
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ highlighterUrl)) as {
    default: new (options: { highlightParam: string; addStyles: boolean }) => unknown;
  };
  // Its own colours would come in a <style> element that the CSP refuses; global.css styles the marks.
  new PagefindHighlight({ highlightParam: 'highlight', addStyles: false });
}
