import { checkContent } from './check-content.ts';
import { checkFilePlacement } from './file-placement.ts';
import type { ContentProblem } from './problem.ts';
import type { PublishableFile } from './published-pages.ts';
import { readContentFolder } from './read-content-folder.ts';
import { readOtherSitePaths } from './site-paths.ts';

export interface ContentFolderReport {
  fileCount: number;
  problems: ContentProblem[];
  /** The release files, kept for the check after the build (each must have become one page), so it need not read them again. */
  releaseFiles: PublishableFile[];
}

/** Reads a content folder and the site's own pages from disk, then checks everything: what the command and the build share. */
export function checkContentFolder(
  contentDir: string,
  { projectRoot = '.', displayPrefix = contentDir }: { projectRoot?: string; displayPrefix?: string } = {},
): ContentFolderReport {
  const files = readContentFolder(contentDir, displayPrefix);
  const otherSitePaths = readOtherSitePaths(`${projectRoot}/src/pages`, `${projectRoot}/public`);
  const releaseFiles = checkFilePlacement(files).releaseFiles.map(({ locale, slug, displayPath }) => ({ locale, slug, displayPath }));
  return { fileCount: files.length, problems: checkContent(files, otherSitePaths), releaseFiles };
}
