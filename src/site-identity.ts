/**
 * Who publishes this newsroom, set once: replace these to give the site another organisation's
 * logo and colour. Its name is words, so each language's is the UI string `site.organisation`
 * (src/i18n/ui/); the language it writes in first is `primaryLocale` (src/i18n/locales.ts).
 */
export const siteIdentity = {
  /** A square SVG in `public/`, shown in the header and given to search engines as the publisher's logo. */
  logo: { src: '/logo.svg', width: 40, height: 40 },
  /** The logo as a PNG, drawn from the SVG at build time (src/pages/logo.png.ts): search engines ask for a raster of at least 112 px. */
  rasterLogo: { src: '/logo.png', width: 512, height: 512 },
  /**
   * The accent colour of links, buttons and the header's rule: one for light backgrounds, one for
   * dark. Each must keep text readable (4.5:1) on the page background; a unit test checks both.
   */
  accent: { light: '#0b4f8a', dark: '#8cc4ff' },
} as const;
