import { checkFilePlacement } from './file-placement.ts';
import { checkFrontmatterFields, type ReleaseData } from './frontmatter-fields.ts';
import { contentPages } from './content-pages.ts';
import { checkDirectionControls } from './direction-controls.ts';
import { checkInternalLinks } from './internal-links.ts';
import { checkPairAgreement } from './pair-agreement.ts';
import { parseRelease, type ParsedRelease } from './parse-release.ts';
import { sortProblems, type ContentProblem } from './problem.ts';
import type { PublishedPage } from './published-pages.ts';
import type { SourceFile } from './source-file.ts';
import { decodeReleaseText } from './text-encoding.ts';
import { checkUnsafeHtml } from './unsafe-html.ts';

/**
 * Every problem of every file under the content folder, sorted by file and line, and the pages
 * the files publish.
 * `otherSitePaths` are the site's pages and files that do not come from content (`/`, `/en/404/`,
 * files in `public/`), so links to them are known to lead somewhere.
 */
export function checkContent(
  files: readonly SourceFile[],
  otherSitePaths: ReadonlySet<string>,
): { problems: ContentProblem[]; publishedPages: PublishedPage[] } {
  const placement = checkFilePlacement(files);
  const problems = [...placement.problems];
  const misplaced = new Set(placement.problems.map((problem) => problem.file));

  const parsedReleases: { parsed: ParsedRelease; data: ReleaseData | undefined }[] = [];
  for (const file of placement.releaseFiles) {
    const text = decodeReleaseText(file);
    if (typeof text !== 'string') {
      problems.push(text);
      continue;
    }
    problems.push(...checkDirectionControls(file.displayPath, text));
    const parsed = parseRelease(file, text);
    if (Array.isArray(parsed)) {
      problems.push(...parsed);
      continue;
    }
    const unsafe = checkUnsafeHtml(parsed);
    const fields = checkFrontmatterFields(parsed);
    // A field already reported as unsafe needs no second message saying its value is not allowed.
    const unsafeFields = new Set(unsafe.map((problem) => problem.field).filter((field) => field !== undefined));
    problems.push(...unsafe, ...fields.problems.filter((problem) => !unsafeFields.has(problem.field ?? '')));
    parsedReleases.push({ parsed, data: fields.data });
  }

  const dataByFile = new Map(parsedReleases.map(({ parsed, data }) => [parsed.file, data]));
  const releases = placement.releaseFiles.map((file) => ({ file, data: dataByFile.get(file) }));
  const publishedPages = contentPages(releases);
  const targets = {
    sitePaths: new Set([...otherSitePaths, ...publishedPages.map((page) => page.path)]),
    contentFiles: new Set(files.map((file) => file.path)),
  };
  for (const { parsed, data } of parsedReleases) problems.push(...checkInternalLinks(parsed, data, targets));
  // A duplicated slug is already reported; comparing either copy with the other language would only add noise.
  problems.push(
    ...checkPairAgreement(parsedReleases.map(({ parsed }) => parsed).filter((parsed) => !misplaced.has(parsed.file.displayPath))),
  );
  return { problems: sortProblems(problems), publishedPages };
}
