/** Where each language's Pagefind search bundle is served: `/pagefind/en/`, `/pagefind/fr/`. Read in the browser too. */
export function searchBundlePath(locale: string): string {
  return `/pagefind/${locale}/`;
}
