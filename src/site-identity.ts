import type { Locale } from './i18n/locales.ts';

/**
 * Who publishes this newsroom, set once: replace these to give the site another organisation's
 * name, logo and colour. Every page, feed and JSON-LD block reads them from here.
 */
export const siteIdentity = {
  /** The organisation's name, in each language. */
  name: {
    en: 'International Cooperation Office',
    fr: 'Bureau de la coopération internationale',
  } satisfies Record<Locale, string>,
  /** A square SVG in `public/`, shown in the header and given to search engines as the publisher's logo. */
  logo: { src: '/logo.svg', width: 40, height: 40 },
  /**
   * The accent colour of links, buttons and the header's rule: one for light backgrounds, one for
   * dark. Each must keep text readable (4.5:1) on the page background; a unit test checks both.
   */
  accent: { light: '#0b4f8a', dark: '#8cc4ff' },
  /**
   * The language a release published in both languages was written in. The content does not say
   * it release by release, so JSON-LD states every pair this way round: `workTranslation` on this
   * language's page, `translationOfWork` on the other's.
   */
  originalLanguage: 'en' satisfies Locale as Locale,
} as const;
