import { localeStorageKey } from './page-actions.ts';

/**
 * On a short address (`/r/NR-2024-017/`): go to the release in the reader's language: the one
 * they chose on this site, else the first of the browser's languages the release has. Without
 * JavaScript, or with no match, the page's own list of links stays.
 */
export function goToReaderLanguage(): void {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('a[data-locale-choice]')];
  const byLanguage = (language: string) => links.find((link) => link.dataset['localeChoice'] === language.toLowerCase().split('-')[0]);
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(localeStorageKey);
  } catch {
    // Storage can be disabled: the browser's languages still decide.
  }
  const link = (remembered ? byLanguage(remembered) : undefined) ?? navigator.languages.map(byLanguage).find(Boolean);
  if (link) location.replace(link.href);
}
