import type { ContentProblem } from '../content-reader/content-problem.ts';
import { listContentFolder } from '../content-reader/list-content-folder.ts';
import type { ReleaseReading } from '../content-reader/read-release.ts';
import { checkContent } from './check-content.ts';
import type { PublishedPage } from './published-pages.ts';
import { readOtherSitePaths } from './site-paths.ts';

export interface ContentFolderReport {
  fileCount: number;
  problems: ContentProblem[];
  /** What the editor should know but need not fix: a release is scheduled or has no reference, a photo carried a location. */
  notices: ContentProblem[];
  /** The pages the content publishes, kept for the check after the build (each must have been written, and nothing else). */
  publishedPages: PublishedPage[];
}

/** Reads a content folder and the site's own pages from disk, then checks everything: what the command and the build share. */
export async function checkContentFolder(
  contentDir: string,
  {
    projectRoot = '.',
    displayPrefix = contentDir,
    onReading,
  }: { projectRoot?: string; displayPrefix?: string; onReading?: (reading: ReleaseReading) => void } = {},
): Promise<ContentFolderReport> {
  const folder = listContentFolder(contentDir, displayPrefix, projectRoot);
  const other = readOtherSitePaths(`${projectRoot}/src/pages`, `${projectRoot}/public`);
  const report = await checkContent(folder.files, other, { contentDir, ...(onReading ? { onReading } : {}) });
  return { fileCount: folder.entryCount, ...report, problems: [...folder.problems, ...report.problems].sort(byFile) };
}

function byFile(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}
