import { localeStorageKey } from './page-actions.ts';

/**
 * The language an unknown address asks for: its first folder under the site's (`/fr/actualites/x`
 * -> `fr`), when that is one of the site's languages; undefined for any other address.
 */
export function pathToRequestedLocale(pathname: string, basePath: string, locales: readonly string[]): string | undefined {
  if (!pathname.startsWith(basePath)) return undefined;
  const first = pathname.slice(basePath.length).split('/')[0] ?? '';
  return locales.find((locale) => locale === first.toLowerCase());
}

/** The page's languages with the reader's first, the others in the site's order. */
export function localesWithFirst(locales: readonly string[], first: string | undefined): string[] {
  return first && locales.includes(first) ? [first, ...locales.filter((locale) => locale !== first)] : [...locales];
}

/** The language to put first for an address in no language: the one chosen on this site, else the browser's first the site has. */
function readerLocale(locales: readonly string[]): string | undefined {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(localeStorageKey);
  } catch {
    // Storage can be disabled: the browser's languages still decide.
  }
  const candidates = [remembered ?? '', ...navigator.languages].map((language) => language.toLowerCase().split('-')[0] ?? '');
  return candidates.find((language) => locales.includes(language));
}

/**
 * On the 404 page, which hosts answer for every unknown address and which speaks every language:
 * the language of the address asked for (or the reader's) comes first, in the title and the text.
 * Without JavaScript every language is there, in the site's order.
 */
export function orderNotFoundByRequest(): void {
  const root = document.querySelector<HTMLElement>('[data-not-found]');
  const title = root?.querySelector('h1');
  if (!root || !title) return;
  const sections = [...root.querySelectorAll<HTMLElement>(':scope > [data-not-found-locale]')];
  const locales = sections.map((section) => section.dataset['notFoundLocale'] ?? '');
  const first = pathToRequestedLocale(location.pathname, root.dataset['base'] ?? '/', locales) ?? readerLocale(locales);
  const order = localesWithFirst(locales, first);
  const byLocale = <Found extends Element>(elements: Found[], locale: string) =>
    elements.find((element) => element instanceof HTMLElement && element.dataset['notFoundLocale'] === locale);
  const titles = [...title.querySelectorAll<HTMLElement>(':scope > [data-not-found-locale]')];
  const separators = [...title.querySelectorAll(':scope > .chooser-separator')];
  title.replaceChildren(
    ...order.flatMap((locale, index) => [...(index > 0 ? [' ', separators[index - 1]!, ' '] : []), byLocale(titles, locale)!]),
  );
  sections[0]?.before(...order.map((locale) => byLocale(sections, locale)!));
}
