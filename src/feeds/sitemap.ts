import { locales, type Locale } from '../i18n/locales.ts';
import { chooserPath } from '../i18n/paths.ts';
import { getSitePages } from '../releases/routes.ts';
import type { SitePageKind } from '../releases/site-pages.ts';

/** One page of the site in the languages it exists in: two paths for a real pair, one otherwise. */
type PageVersions = Partial<Record<Locale, string>>;

/** The pages a search engine should find; search, offline and error pages are for readers already here. */
const listedKinds: readonly SitePageKind[] = ['list', 'release', 'browse'];

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);

function urlElement(path: string, alternates: string, site: URL): string {
  return `<url><loc>${escapeXml(new URL(path, site).href)}</loc>${alternates}</url>`;
}

/** The sitemap, with `xhtml:link` alternates only where a page really exists in both languages. */
export async function sitemapXml(site: URL): Promise<string> {
  const versionsByKey = new Map<string, PageVersions>();
  for (const page of await getSitePages()) {
    if (!listedKinds.includes(page.kind)) continue;
    const versions = versionsByKey.get(page.key) ?? {};
    versions[page.locale] = page.path;
    versionsByKey.set(page.key, versions);
  }
  const urls = [...versionsByKey.values()].flatMap((versions) => {
    const present = locales.filter((locale) => versions[locale]);
    const alternates =
      present.length === locales.length
        ? present
            .map(
              (locale) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${escapeXml(new URL(versions[locale]!, site).href)}"/>`,
            )
            .join('')
        : '';
    return present.map((locale) => urlElement(versions[locale]!, alternates, site));
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    // The language chooser belongs to both languages and to neither: listed once, without alternates.
    urlElement(chooserPath(), '', site),
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
