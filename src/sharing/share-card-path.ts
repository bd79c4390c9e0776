import type { Locale } from '../i18n/locales.ts';

/** The size of a generated share card: the 1.91:1 image that link previews show largest. */
export const shareCardSize = { width: 1200, height: 630 } as const;

/** Where a release version's generated share card is published, outside the language folders of pages. */
export function releaseToShareCardPath(locale: Locale, slug: string): string {
  return `/share-cards/${locale}/${slug}.png`;
}
