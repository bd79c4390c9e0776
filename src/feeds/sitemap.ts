import { chooserPath } from '../i18n/paths.ts';
import { getSitePages } from '../releases/routes.ts';
import { lastModified } from '../releases/life/updates.ts';
import { partialDateToIso } from '../releases/partial-date.ts';
import type { PageVersion, SitePageKind } from '../releases/site-pages.ts';

/** The pages a search engine should find; search, offline and error pages are for readers already here. */
const listedKinds: readonly SitePageKind[] = ['list', 'release', 'browse', 'info'];

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);

function urlElement(path: string, alternates: string, site: URL, lastmod?: string): string {
  return `<url><loc>${escapeXml(new URL(path, site).href)}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}${alternates}</url>`;
}

/** The sitemap, with `xhtml:link` alternates naming every version of a page that exists in more than one language. */
export async function sitemapXml(site: URL): Promise<string> {
  // The page list gives every page its versions; each set is written once, in the site's language order.
  const versionSets = new Set<readonly PageVersion[]>();
  // A release page's lastmod is its last correction, update or withdrawal, else its date (W3C dates keep their precision).
  const lastmods = new Map<string, string>();
  for (const page of await getSitePages()) {
    if (!listedKinds.includes(page.kind)) continue;
    if (page.kind === 'release') {
      // A withdrawn release keeps its page, marked noindex: a sitemap would contradict that.
      if (page.entry.data.withdrawn) continue;
      lastmods.set(page.path, partialDateToIso(lastModified(page.entry.data) ?? page.entry.data.date));
    }
    versionSets.add(page.versions);
  }
  const urls = [...versionSets].flatMap((versions) => {
    const alternates =
      versions.length > 1
        ? versions
            .map(({ locale, path }) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${escapeXml(new URL(path, site).href)}"/>`)
            .join('')
        : '';
    return versions.map(({ path }) => urlElement(path, alternates, site, lastmods.get(path)));
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
