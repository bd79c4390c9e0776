import { chooserPath } from '../i18n/paths.ts';
import { getSitePages } from '../releases/routes.ts';
import type { PageVersion, SitePageKind } from '../releases/site-pages.ts';

/** The pages a search engine should find; search, offline and error pages are for readers already here. */
const listedKinds: readonly SitePageKind[] = ['list', 'release', 'browse', 'info'];

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);

function urlElement(path: string, alternates: string, site: URL): string {
  return `<url><loc>${escapeXml(new URL(path, site).href)}</loc>${alternates}</url>`;
}

/** The sitemap, with `xhtml:link` alternates naming every version of a page that exists in more than one language. */
export async function sitemapXml(site: URL): Promise<string> {
  // The page list gives every page its versions; each set is written once, in the site's language order.
  const versionSets = new Set<readonly PageVersion[]>();
  for (const page of await getSitePages()) if (listedKinds.includes(page.kind)) versionSets.add(page.versions);
  const urls = [...versionSets].flatMap((versions) => {
    const alternates =
      versions.length > 1
        ? versions
            .map(({ locale, path }) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${escapeXml(new URL(path, site).href)}"/>`)
            .join('')
        : '';
    return versions.map(({ path }) => urlElement(path, alternates, site));
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    // The language chooser belongs to every language and to none: listed once, without alternates.
    urlElement(chooserPath(), '', site),
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
