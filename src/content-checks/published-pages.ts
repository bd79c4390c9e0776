import type { Locale } from '../i18n/locales.ts';
import { releasePath } from '../i18n/paths.ts';
import type { ContentProblem } from './problem.ts';

/** What the publish check needs of a release file: where it is, and the page it must become. */
export interface PublishableFile {
  locale: Locale;
  slug: string;
  displayPath: string;
}

/**
 * Compares release files with the release pages a build wrote (as paths such as `/en/news/x/`):
 * each file must have exactly one page and each page one file. Anything else means the content
 * loader skipped or merged a file, which must fail the build rather than lose a release quietly.
 */
export function findUnpublishedFiles(files: readonly PublishableFile[], builtReleasePages: ReadonlySet<string>): ContentProblem[] {
  const expected = new Map(files.map((file) => [releasePath(file.locale, file.slug), file]));
  const problems: ContentProblem[] = [];
  for (const [path, file] of expected) {
    if (!builtReleasePages.has(path)) {
      problems.push({
        file: file.displayPath,
        message: `was not published: the build wrote no page at ${path}. Run \`npm run content:check\`, and tell a maintainer if it finds nothing.`,
      });
    }
  }
  for (const path of builtReleasePages) {
    if (!expected.has(path)) problems.push({ file: path, message: 'is a release page with no release file behind it: tell a maintainer.' });
  }
  return problems;
}
