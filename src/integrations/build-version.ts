import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the built site names its build, for the search step that follows and for anyone asking what is deployed. */
export const buildVersionFile = 'build-version.txt';

/** Every file under `path` (or `path` itself, if it exists), sorted, so the order never depends on the disk. */
function filesUnder(path: string): string[] {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats) return [];
  if (!stats.isDirectory()) return [path];
  const entries = readdirSync(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/**
 * Names a build by what it is made of: a hash of the given files and folders (content, source,
 * lockfile). The same commit always gets the same name, so builds stay reproducible; any change
 * that could change the search index changes the name.
 */
export function buildVersionOf(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const path of paths) {
    // Read one after another, synchronously: tens of thousands of small files read faster so than through the thread pool.
    for (const file of filesUnder(path)) {
      hash.update(file).update('\0').update(readFileSync(file));
    }
  }
  return hash.digest('hex').slice(0, 12);
}

/**
 * Gives the build its name: `__NEWSROOM_BUILD_VERSION__` in the browser code (Pagefind's cache tag,
 * so a new deploy is never served an old search entry file) and `build-version.txt` in the site.
 */
export function buildVersion({ sources }: { sources: readonly string[] }): AstroIntegration {
  let version = '';
  return {
    name: 'newsroom:build-version',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        version = buildVersionOf(sources);
        updateConfig({ vite: { define: { __NEWSROOM_BUILD_VERSION__: JSON.stringify(version) } } });
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(join(fileURLToPath(dir), buildVersionFile), `${version}\n`);
      },
    },
  };
}
