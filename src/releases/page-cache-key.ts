import { createHash } from 'node:crypto';
import { relative, resolve } from 'node:path';
import { releaseFileToKeptReading } from '../content-reader/reading-registry.ts';

/** Where the build-version integration leaves the hash of the code, the settings and the content's images for the page keys. */
export const pageCacheSeedVariable = 'NEWSROOM_PAGE_CACHE_SEED';

function pageCacheSeed(): string {
  const seed = process.env[pageCacheSeedVariable];
  if (!seed)
    throw new Error(
      `${pageCacheSeedVariable} is not set: the build-version integration (astro.config.mjs) sets it before pages are listed.`,
    );
  return seed;
}

/**
 * An image of the content, as Astro hands it: a proxy that marks its original file for publishing
 * as soon as any property but `fsPath` is read, which would publish the editor's file, location and
 * all (src/photos/ publishes photos without their metadata). Only `fsPath` is ever read here; the
 * photos' bytes are in the seed.
 */
function imagePath(value: object): string | undefined {
  const path = (value as { fsPath?: unknown }).fsPath;
  return typeof path === 'string' ? relative(process.cwd(), path) : undefined;
}

/** Props as text for the key, an image standing as its file's path. */
function propsToText(value: unknown): string {
  return JSON.stringify(value, (_key, child: unknown) => {
    const path = typeof child === 'object' && child !== null ? imagePath(child) : undefined;
    return path === undefined ? child : { image: path };
  });
}

/** The release files a page's props hold (content entries name their file, from the project's folder): their text is part of what the page shows. */
function entryFiles(value: unknown, files: Set<string>, seen: Set<object>): Set<string> {
  if (typeof value !== 'object' || value === null || seen.has(value) || imagePath(value) !== undefined) return files;
  seen.add(value);
  if ('collection' in value && 'filePath' in value && typeof value.filePath === 'string') files.add(value.filePath);
  for (const child of Array.isArray(value) ? value : Object.values(value)) entryFiles(child, files, seen);
  return files;
}

/**
 * Astro's incremental build key for a page (experimental.incrementalBuild): a hash of everything
 * the page is made from besides the template code Astro hashes itself. That is the page's props,
 * the text of every release file they hold, whatever else the route reads (`alsoShown`, such as the
 * topics and years in use), and the seed: the code, the lockfile, the settings and the content's
 * images (src/integrations/build-version.ts). A key that misses something would publish a stale
 * page, so a route whose page reads anything else gives no key and is rendered every time.
 */
export async function propsToCacheKey(props: unknown, alsoShown: unknown = null): Promise<string> {
  const hash = createHash('sha256')
    .update(pageCacheSeed())
    .update('\0')
    .update(propsToText(props))
    .update('\0')
    .update(propsToText(alsoShown));
  for (const file of [...entryFiles(props, new Set(), new Set())].sort()) {
    hash
      .update('\0')
      .update(file)
      .update('\0')
      .update((await releaseFileToKeptReading(resolve(file))).textHash);
  }
  return hash.digest('hex');
}
