import { isLocale, locales, type Locale } from './locales.ts';
import { hrefToSitePath } from './paths.ts';

/** The language of a page from its address (its first folder), for components that are given no locale, such as those in a release's MDX. */
export function urlToLocale(url: URL): Locale {
  const segment = hrefToSitePath(url.pathname).split('/')[1];
  if (!isLocale(segment))
    throw new Error(
      `The page ${url.pathname} is in no language folder (${locales.map((locale) => `/${locale}/`).join(', ')}), so its language is unknown.`,
    );
  return segment;
}
