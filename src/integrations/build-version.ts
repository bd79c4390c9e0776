import { createHash } from 'node:crypto';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the built site names its build, for the search step that follows and for anyone asking what is deployed. */
export const buildVersionFile = 'build-version.txt';

/** Every file under `path` (or `path` itself), sorted, so the order never depends on the disk. */
async function filesUnder(path: string): Promise<string[]> {
  if (!(await stat(path).catch(() => undefined))?.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
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
export async function buildVersionOf(paths: readonly string[]): Promise<string> {
  const hash = createHash('sha256');
  for (const path of paths) {
    for (const file of await filesUnder(path)) {
      const bytes = await readFile(file).catch(() => undefined);
      if (bytes) hash.update(file).update('\0').update(bytes);
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
      'astro:config:setup': async ({ updateConfig }) => {
        version = await buildVersionOf(sources);
        updateConfig({ vite: { define: { __NEWSROOM_BUILD_VERSION__: JSON.stringify(version) } } });
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(join(fileURLToPath(dir), buildVersionFile), `${version}\n`);
      },
    },
  };
}
