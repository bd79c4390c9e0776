import type { ContentProblem } from '../content-reader/content-problem.ts';

/** A page the content publishes, as the site's page list names it; release pages also name their file. */
export interface PublishedPage {
  path: string;
  /** The release file behind a release page, as editors see its path. */
  file?: string | undefined;
}

/**
 * Compares the pages the content check expects (the site's page list, made from the files it
 * read) with the pages a build wrote: each must have been written, and nothing else. Anything else
 * means a route or the content loader skipped, merged or invented a page, which must fail the build
 * rather than lose a release quietly.
 */
export function findUnpublishedPages(expected: readonly PublishedPage[], builtPages: ReadonlySet<string>): ContentProblem[] {
  const expectedPaths = new Set(expected.map((page) => page.path));
  const problems: ContentProblem[] = [];
  for (const page of expected) {
    if (builtPages.has(page.path)) continue;
    problems.push({
      file: page.file ?? page.path,
      message: `was not published: the build wrote no page at ${page.path}. Run \`npm run content:check\`, and tell a maintainer if it finds nothing.`,
    });
  }
  for (const path of builtPages) {
    if (!expectedPaths.has(path)) problems.push({ file: path, message: 'is a page that no release file explains: tell a maintainer.' });
  }
  return problems;
}
