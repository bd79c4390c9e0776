import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { pageCacheSeedVariable } from '../releases/page-cache-key.ts';
import { buildVersionVariable } from '../search/contract/build-version.ts';

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

/** A hash of the given files, names and bytes, in order. */
function filesToHash(files: readonly string[]): string {
  const hash = createHash('sha256');
  // Read one after another, synchronously: tens of thousands of small files read faster so than through the thread pool.
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file));
  return hash.digest('hex');
}

/**
 * Names a build by what it is made of: a hash of the given files and folders (content, source,
 * lockfile). The same commit always gets the same name, so builds stay reproducible; any change
 * that could change the search index changes the name.
 */
export function buildVersionOf(paths: readonly string[]): string {
  return filesToHash(paths.flatMap(filesUnder)).slice(0, 12);
}

/** Settings read from the environment that can change a page; the build's "now" and output folder cannot. */
function pageSettings(env: NodeJS.ProcessEnv): string[] {
  const unseen = new Set(['NEWSROOM_NOW', 'NEWSROOM_OUT_DIR', buildVersionVariable, pageCacheSeedVariable]);
  return Object.keys(env)
    .filter((name) => (name.startsWith('NEWSROOM_') || name === 'SITE_URL') && !unseen.has(name))
    .sort()
    .map((name) => `${name}=${env[name]}`);
}

/**
 * What every page's incremental-build key starts with (src/releases/page-cache-key.ts): the code
 * (source, public files, config, lockfile), the settings and the content's files other than
 * releases (photos). Any change to one of them changes every key, so no page is taken from a cache
 * built by other code or other settings.
 */
export function pageCacheSeedOf(code: readonly string[], contentDir: string, env: NodeJS.ProcessEnv): string {
  const contentAssets = filesUnder(contentDir).filter((file) => !/\.mdx?$/.test(file));
  return createHash('sha256')
    .update(filesToHash(code.flatMap(filesUnder)))
    .update('\0')
    .update(filesToHash(contentAssets))
    .update('\0')
    .update(pageSettings(env).join('\n'))
    .digest('hex');
}

/**
 * What renders a release body besides its file: Node, the code (source, public files, config,
 * lockfile) and the settings. Part of every key of the rendered bodies kept between builds
 * (src/content-reader/rendered-body-cache.ts), so new code renders every body again.
 */
export function renderingIdentityOf(code: readonly string[], env: NodeJS.ProcessEnv): string {
  return createHash('sha256')
    .update(process.version)
    .update('\0')
    .update(filesToHash(code.flatMap(filesUnder)))
    .update('\0')
    .update(pageSettings(env).join('\n'))
    .digest('hex');
}

/**
 * Gives the build its name (Pagefind's cache tag, so a new deploy is never served an old search
 * entry file, and `build-version.txt` in the site) and the seed of every page's incremental-build
 * key. Both go to the pages through the environment, never into bundled code (see build-version.ts
 * under src/search/contract/).
 */
export function buildVersion({ contentDir, code }: { contentDir: string; code: readonly string[] }): AstroIntegration {
  let version = '';
  return {
    name: 'newsroom:build-version',
    hooks: {
      'astro:config:setup': () => {
        version = buildVersionOf([contentDir, ...code]);
        process.env[buildVersionVariable] = version;
        process.env[pageCacheSeedVariable] = pageCacheSeedOf(code, contentDir, process.env);
      },
      'astro:build:done': async ({ dir }) => {
        await writeFile(join(fileURLToPath(dir), buildVersionFile), `${version}\n`);
      },
    },
  };
}
