import type { Locale } from './locales.ts';

/** The URL segment under which each language publishes its releases. */
const releaseSegment = {
  en: 'news',
  fr: 'actualites',
} as const satisfies Record<Locale, string>;

/** `/en/` for page 1, `/en/page/2/` after it. */
export function newsListPath(locale: Locale, page = 1): string {
  if (!Number.isInteger(page) || page < 1) throw new Error(`A news list page number must be 1 or more, not ${page}.`);
  return page === 1 ? `/${locale}/` : `/${locale}/page/${page}/`;
}

/** `/en/news/<slug>/` or `/fr/actualites/<slug>/`. */
export function releasePath(locale: Locale, slug: string): string {
  return `/${locale}/${releaseSegment[locale]}/${slug}/`;
}

/** The language chooser, which both languages share. */
export function chooserPath(): string {
  return '/';
}

/** Each language's "page not found" page. */
export function notFoundPath(locale: Locale): string {
  return `/${locale}/404/`;
}
