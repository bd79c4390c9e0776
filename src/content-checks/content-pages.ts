import { hrefToSitePath, releasePath } from '../i18n/paths.ts';
import { buildNow, publishedReleases } from '../releases/life/schedule.ts';
import { pairBySlug } from '../releases/pairing.ts';
import { sitePages } from '../releases/site-pages.ts';
import type { ReleaseData } from './frontmatter-fields.ts';
import type { PublishedPage } from './published-pages.ts';
import type { ReleaseFile } from '../content-reader/source-file.ts';

/**
 * The pages that release files publish: the site's own page list (`src/releases/site-pages.ts`,
 * which the routes render) made from the files whose frontmatter is valid. Links are checked
 * against it before any build, and the build is checked against it after. A file with broken
 * frontmatter is reported already: its release page is counted, so links to it are not reported twice.
 */
export function contentPages(releases: readonly { file: ReleaseFile; data: ReleaseData | undefined }[]): PublishedPage[] {
  // One entry per language and slug: a second file with the same slug is reported already.
  const entries = new Map<string, { id: string; data: ReleaseData; file: ReleaseFile }>();
  for (const { file, data } of releases) {
    const id = `${file.locale}/${file.slug}`;
    if (data && !entries.has(id)) entries.set(id, { id, data, file });
  }
  // A scheduled release publishes nothing yet: a link to its page is reported as leading nowhere.
  // Site paths, as editors link and as the build writes files: the base is the build's business, not the content's.
  const published = sitePages(publishedReleases(pairBySlug([...entries.values()]), buildNow())).map((page) => ({
    path: hrefToSitePath(page.path),
    file: page.kind === 'release' ? page.entry.file.displayPath : undefined,
  }));
  const unchecked = releases
    .filter(({ data }) => !data)
    .map(({ file }) => ({ path: hrefToSitePath(releasePath(file.locale, file.slug)), file: file.displayPath }));
  return [...published, ...unchecked];
}
