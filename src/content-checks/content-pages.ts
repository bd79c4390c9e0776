import { locales } from '../i18n/locales.ts';
import { feedPath, newsListPath, releasePath, topicPath, yearPath } from '../i18n/paths.ts';
import { releasesPerPage } from '../releases/listing.ts';
import type { ReleaseData } from './frontmatter-fields.ts';
import type { ReleaseFile } from './source-file.ts';

/**
 * The pages that release files publish, so links to them can be checked before any build:
 * each release page, every page of the news lists, and the first page and feed of each topic
 * and year in use. Mirrors the routes in `src/releases/routes.ts`.
 */
export function contentPagePaths(releaseFiles: readonly ReleaseFile[], releaseData: readonly ReleaseData[]): string[] {
  const slugs = new Set(releaseFiles.map((file) => file.slug));
  const listPages = Math.max(1, Math.ceil(slugs.size / releasesPerPage));
  const topics = new Set(releaseData.flatMap((data) => data.topics));
  const years = new Set(releaseData.map((data) => data.date.year));
  return [
    ...releaseFiles.map((file) => releasePath(file.locale, file.slug)),
    ...locales.flatMap((locale) => [
      ...Array.from({ length: listPages }, (_, index) => newsListPath(locale, index + 1)),
      ...[...topics].flatMap((topic) => [topicPath(locale, topic), feedPath(locale, topic)]),
      ...[...years].map((year) => yearPath(locale, year)),
    ]),
  ];
}
