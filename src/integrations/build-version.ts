import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

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
