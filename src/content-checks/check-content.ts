import { posix, resolve } from 'node:path';
import { sortProblems, type ContentProblem } from '../content-reader/content-problem.ts';
import { imagesFolder } from '../content-reader/file-names.ts';
import type { ReleaseReading } from '../content-reader/read-release.ts';
import type { ReleaseFile, SourceFile } from '../content-reader/source-file.ts';
import { addressKind } from './link-address.ts';
import { addressProblem, type Address, type LinkTargets } from './addresses.ts';
import { checkReleaseFile, type CheckedRelease } from './check-release-file.ts';
import { contentPages } from './content-pages.ts';
import { checkDuplicateReleases } from './duplicate-releases.ts';
import { checkFilePlacement } from './file-placement.ts';
import { checkImageFiles, findUnusedImages } from './image-files.ts';
import { checkPairAgreement } from './pair-agreement.ts';
import { findPhotoLocations } from './photo-locations.ts';
import type { PublishedPage } from './published-pages.ts';
import { checkReferenceHistory } from './reference-history.ts';
import { checkReleaseLife, type LifeFile } from './release-life.ts';

/** The site's pages and files that do not come from content (`/`, the 404 page, files in `public/`). */
export interface OtherSitePaths {
  sitePaths: ReadonlySet<string>;
  publicPaths: ReadonlySet<string>;
}

/** A file the check could not finish reading is a problem of that file, never a crash of the whole check. */
async function checkSafely(file: ReleaseFile, options: Parameters<typeof checkReleaseFile>[1]): Promise<CheckedRelease> {
  try {
    return await checkReleaseFile(file, options);
  } catch (error) {
    const reason = error instanceof RangeError ? 'it is nested too deeply to read' : error instanceof Error ? error.message : String(error);
    return {
      problems: [
        {
          file: file.displayPath,
          message: `the check could not read this file (${reason}): simplify what is on its last edited lines, and tell a maintainer if that does not help.`,
        },
      ],
      addresses: [],
    };
  }
}

/** The image file a local image address points to, relative to the content folder. */
function imageFileOf(address: Address, releaseFilePath: string): string | undefined {
  const kind = addressKind(address.url);
  if (!address.image || kind.kind !== 'relative') return undefined;
  const target = posix.normalize(posix.join(posix.dirname(releaseFilePath), kind.path));
  return target.startsWith(`${imagesFolder}/`) ? target : undefined;
}

/**
 * Every problem of every file under the content folder, sorted by file and line, the notices that
 * need no fix (a photo's location, which the site strips), and the pages the files publish. Each
 * release file is read as the build reads it (see `check-release-file.ts`).
 */
export async function checkContent(
  files: readonly SourceFile[],
  other: OtherSitePaths,
  { contentDir, onReading }: { contentDir?: string; onReading?: (reading: ReleaseReading) => void } = {},
): Promise<{ problems: ContentProblem[]; notices: ContentProblem[]; publishedPages: PublishedPage[] }> {
  const placement = checkFilePlacement(files);
  const problems = [...placement.problems];
  const misplaced = new Set(placement.problems.map((problem) => problem.file));

  const checked: { file: ReleaseFile; release: CheckedRelease }[] = [];
  for (const file of placement.releaseFiles) {
    const release = await checkSafely(file, { path: resolve(contentDir ?? 'content', file.path), ...(onReading ? { onReading } : {}) });
    problems.push(...release.problems);
    checked.push({ file, release });
  }
  append(problems, await checkImageFiles(placement.images));

  const publishedPages = contentPages(checked.map(({ file, release }) => ({ file, data: release.data })));
  const targets: LinkTargets = {
    sitePaths: new Set([...other.sitePaths, ...publishedPages.map((page) => page.path)]),
    publicPaths: other.publicPaths,
    contentFiles: new Set(placement.images.map((image) => image.path).concat(placement.releaseFiles.map((file) => file.path))),
  };
  // Each image with the release files that show it, for the notices that name them.
  const usedImages = new Map<string, string[]>();
  for (const { file, release } of checked) {
    for (const address of release.addresses) {
      const image = imageFileOf(address, file.path);
      if (image) {
        const users = usedImages.get(image) ?? [];
        if (!users.includes(file.displayPath)) users.push(file.displayPath);
        usedImages.set(image, users);
      }
      const message = addressProblem(address, file.path, targets);
      if (!message) continue;
      const line = typeof address.line === 'function' ? address.line() : address.line;
      problems.push({
        file: file.displayPath,
        ...(line === undefined ? {} : { line }),
        ...(address.field === undefined ? {} : { field: address.field }),
        message,
      });
    }
  }
  append(problems, findUnusedImages(placement.images, new Set(usedImages.keys())));
  const notices = await findPhotoLocations(placement.images, usedImages);
  // A duplicated slug is already reported; comparing either copy with the other language would only add noise.
  append(
    problems,
    checkPairAgreement(
      checked.flatMap(({ file, release }) => (release.text && !misplaced.has(file.displayPath) ? [{ file, text: release.text }] : [])),
    ),
  );
  // A file in the wrong place is not published, so it duplicates nothing.
  append(
    problems,
    checkDuplicateReleases(
      checked.flatMap(({ file, release }) =>
        release.identity && !misplaced.has(file.displayPath) ? [{ file, identity: release.identity }] : [],
      ),
    ),
  );
  // The release's life: references, scheduled moments, withdrawals; with a folder on disk, the references' history too.
  const lifeFiles: LifeFile[] = checked.flatMap(({ file, release }) =>
    release.data && release.text && !misplaced.has(file.displayPath) ? [{ file, data: release.data, lineOf: release.text.lineOf }] : [],
  );
  const life = checkReleaseLife(lifeFiles);
  const history = contentDir === undefined ? { problems: [], notices: [] } : checkReferenceHistory(lifeFiles, contentDir);
  append(problems, [...life.problems, ...history.problems]);
  append(notices, [...history.notices, ...life.notices]);
  return { problems: sortProblems(dedupe(problems)), notices: sortProblems(notices), publishedPages };
}

/**
 * Adds every item to the list. `list.push(...items)` passes each item as an argument: a check that
 * finds a problem in every file of a 100,000-pair archive would overflow the stack.
 */
function append<Item>(list: Item[], items: readonly Item[]): void {
  for (const item of items) list.push(item);
}

/** The same message on the same line once: a field may be reached by two checks. */
function dedupe(problems: readonly ContentProblem[]): ContentProblem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.file}:${problem.line}:${problem.field}:${problem.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
