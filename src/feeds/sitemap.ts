import { locales, type Locale } from '../i18n/locales.ts';
import { browsePath, chooserPath, listPath, releasePath } from '../i18n/paths.ts';
import { getReleases } from '../releases/collection.ts';
import { listPages, topicsInUse, yearsInUse } from '../releases/routes.ts';
import { allReleases, type ListScope } from '../releases/scope.ts';

/** One page of the site in the languages it exists in: two paths for a real pair, one otherwise. */
type PageVersions = Partial<Record<Locale, string>>;

/** Every list (all news, each topic, each year), every page of it, in both languages. */
async function listPageVersions(): Promise<PageVersions[]> {
  const scopes: ListScope[] = [
    allReleases,
    ...(await topicsInUse()).map((topic) => ({ kind: 'topic', topic }) as const),
    ...(await yearsInUse()).map((year) => ({ kind: 'year', year }) as const),
  ];
  const versions: PageVersions[] = [];
  for (const scope of scopes) {
    // Lists show both languages' releases, so a list has as many pages in English as in French.
    for (const { page } of await listPages('en', scope)) {
      versions.push({ en: listPath('en', scope, page), fr: listPath('fr', scope, page) });
    }
  }
  return versions;
}

async function releasePageVersions(): Promise<PageVersions[]> {
  return (await getReleases()).map((release) =>
    Object.fromEntries(locales.filter((locale) => release.versions[locale]).map((locale) => [locale, releasePath(locale, release.slug)])),
  );
}

const escapeXml = (text: string) => text.replace(/[<>&'"]/g, (character) => `&#${character.charCodeAt(0)};`);

/** The sitemap, with `xhtml:link` alternates only where a page really exists in both languages. */
export async function sitemapXml(site: URL): Promise<string> {
  const pages: PageVersions[] = [
    { en: chooserPath() },
    { en: browsePath('en'), fr: browsePath('fr') },
    ...(await listPageVersions()),
    ...(await releasePageVersions()),
  ];
  const urls = pages.flatMap((versions) => {
    const present = locales.filter((locale) => versions[locale]);
    const alternates =
      present.length === 2
        ? present
            .map(
              (locale) => `<xhtml:link rel="alternate" hreflang="${locale}" href="${escapeXml(new URL(versions[locale]!, site).href)}"/>`,
            )
            .join('')
        : '';
    return present.map((locale) => `<url><loc>${escapeXml(new URL(versions[locale]!, site).href)}</loc>${alternates}</url>`);
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}
