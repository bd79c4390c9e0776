import { checkContent } from './check-content.ts';
import type { ContentProblem } from './problem.ts';
import type { PublishedPage } from './published-pages.ts';
import { readContentFolder } from './read-content-folder.ts';
import { readOtherSitePaths } from './site-paths.ts';

export interface ContentFolderReport {
  fileCount: number;
  problems: ContentProblem[];
  /** The pages the content publishes, kept for the check after the build (each must have been written, and nothing else). */
  publishedPages: PublishedPage[];
}

/** Reads a content folder and the site's own pages from disk, then checks everything: what the command and the build share. */
export function checkContentFolder(
  contentDir: string,
  { projectRoot = '.', displayPrefix = contentDir }: { projectRoot?: string; displayPrefix?: string } = {},
): ContentFolderReport {
  const files = readContentFolder(contentDir, displayPrefix);
  const otherSitePaths = readOtherSitePaths(`${projectRoot}/src/pages`, `${projectRoot}/public`);
  return { fileCount: files.length, ...checkContent(files, otherSitePaths) };
}
