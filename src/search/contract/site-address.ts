// The browser's side of src/i18n/paths.ts (which only the build can read: it loads the languages), for the search and offline files.

/** `/pagefind/en/` -> its address under the site's folder: Astro's `base`, which Vite writes into the script. */
export function sitePathToAddress(sitePath: string): string {
  if (!sitePath.startsWith('/')) throw new Error(`A site path starts with "/", not "${sitePath}".`);
  return `${import.meta.env.BASE_URL}${sitePath.slice(1)}`;
}
