import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { releaseFileToReading } from '../content-reader/reading-registry.ts';

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

/** The release files a page's props hold (content entries name their file, from the project's folder): their text is part of what the page shows. */
function entryFiles(value: unknown, files: Set<string>, seen: Set<object>): Set<string> {
  if (typeof value !== 'object' || value === null || seen.has(value)) return files;
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
    .update(JSON.stringify(props))
    .update('\0')
    .update(JSON.stringify(alsoShown));
  for (const file of [...entryFiles(props, new Set(), new Set())].sort()) {
    hash
      .update('\0')
      .update(file)
      .update('\0')
      .update((await releaseFileToReading(resolve(file))).frontmatter.text);
  }
  return hash.digest('hex');
}
