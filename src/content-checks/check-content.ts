import { locales } from '../i18n/locales.ts';
import { newsListPath, releasePath } from '../i18n/paths.ts';
import { releasesPerPage } from '../releases/listing.ts';
import { checkFilePlacement } from './file-placement.ts';
import { checkFrontmatterFields } from './frontmatter-fields.ts';
import { checkInternalLinks } from './internal-links.ts';
import { checkPairAgreement, type CheckedRelease } from './pair-agreement.ts';
import { parseRelease, type ParsedRelease } from './parse-release.ts';
import { sortProblems, type ContentProblem } from './problem.ts';
import type { ReleaseFile, SourceFile } from './source-file.ts';
import { decodeReleaseText } from './text-encoding.ts';
import { checkUnsafeHtml } from './unsafe-html.ts';

/** The pages a set of release files will publish: each release page and every news list page. */
function contentPagePaths(releaseFiles: readonly ReleaseFile[]): string[] {
  const slugs = new Set(releaseFiles.map((file) => file.slug));
  const listPages = Math.max(1, Math.ceil(slugs.size / releasesPerPage));
  return [
    ...releaseFiles.map((file) => releasePath(file.locale, file.slug)),
    ...locales.flatMap((locale) => Array.from({ length: listPages }, (_, index) => newsListPath(locale, index + 1))),
  ];
}

/**
 * Every problem of every file under the content folder, sorted by file and line.
 * `otherSitePaths` are the site's pages and files that do not come from content (`/`, `/en/404/`,
 * files in `public/`), so links to them are known to lead somewhere.
 */
export function checkContent(files: readonly SourceFile[], otherSitePaths: ReadonlySet<string>): ContentProblem[] {
  const placement = checkFilePlacement(files);
  const problems = [...placement.problems];
  const duplicated = new Set(placement.problems.map((problem) => problem.file));

  const parsedReleases: ParsedRelease[] = [];
  for (const file of placement.releaseFiles) {
    const text = decodeReleaseText(file);
    if (typeof text !== 'string') {
      problems.push(text);
      continue;
    }
    const parsed = parseRelease(file, text);
    if (Array.isArray(parsed)) problems.push(...parsed);
    else parsedReleases.push(parsed);
  }

  const targets = {
    sitePaths: new Set([...otherSitePaths, ...contentPagePaths(placement.releaseFiles)]),
    contentFiles: new Set(files.map((file) => file.path)),
  };
  const checked: CheckedRelease[] = [];
  for (const parsed of parsedReleases) {
    const unsafe = checkUnsafeHtml(parsed);
    const fields = checkFrontmatterFields(parsed);
    // A field already reported as unsafe needs no second message saying its value is not allowed.
    const unsafeFields = new Set(unsafe.map((problem) => problem.field).filter((field) => field !== undefined));
    problems.push(...unsafe, ...fields.problems.filter((problem) => !unsafeFields.has(problem.field ?? '')));
    problems.push(...checkInternalLinks(parsed, fields.data, targets));
    if (fields.data && !duplicated.has(parsed.file.displayPath)) checked.push({ parsed, data: fields.data });
  }
  problems.push(...checkPairAgreement(checked));
  return sortProblems(problems);
}
