/** Sizes of a built site: everything, the search index, and the median and largest release pages. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pageWeight, releasePages, type PageWeight } from './page-weight.ts';

export interface OutputMeasure {
  files: number;
  pages: number;
  bytes: number;
  searchIndexBytes: number;
  medianReleasePage: PageWeight & { path: string };
  largestReleasePage: PageWeight & { path: string };
}

/** Files, bytes and HTML pages under `folder`. */
export function folderSize(folder: string): { files: number; bytes: number; pages: number } {
  let files = 0;
  let bytes = 0;
  let pages = 0;
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { files, bytes, pages };
}

export function measureOutput(siteDir: string): OutputMeasure {
  const releases = releasePages(siteDir).sort((a, b) => a.bytes - b.bytes);
  const weigh = (file: string) => ({ path: `/${relative(siteDir, file)}`, ...pageWeight(siteDir, file) });
  const { files, bytes, pages } = folderSize(siteDir);
  return {
    files,
    pages,
    bytes,
    searchIndexBytes: folderSize(join(siteDir, 'pagefind')).bytes,
    medianReleasePage: weigh(releases[Math.floor(releases.length / 2)]!.file),
    largestReleasePage: weigh(releases.at(-1)!.file),
  };
}
