import type { Hash } from 'node:crypto';
import { cp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Adds every file under `folder` to `hash`, by path from the folder and bytes, in name order. */
export async function folderToHash(folder: string, hash: Hash): Promise<Hash> {
  const files = (await readdir(folder, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
  for (const file of files)
    hash
      .update(relative(folder, file).split(sep).join('/'))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  return hash;
}

function entryFolder(cacheDir: string, name: string): string {
  return join(cacheDir, 'newsroom-search', name);
}

/**
 * Copies the bundle kept under `name` into `bundleDir` if it was made from the same input (`key`);
 * says whether it did. Pagefind writes the same bundle for the same pages, so a copy is what it
 * would write again. A bundle under another key is never used.
 */
export async function restoreSearchBundle(cacheDir: string, name: string, key: string, bundleDir: string): Promise<boolean> {
  const entry = entryFolder(cacheDir, name);
  const kept = await readFile(join(entry, 'key.txt'), 'utf8').catch(() => undefined);
  if (kept !== key) return false;
  await rm(bundleDir, { recursive: true, force: true });
  await cp(join(entry, 'bundle'), bundleDir, { recursive: true });
  return true;
}

/** Keeps a copy of the bundle Pagefind just wrote under `name`, replacing the one before. */
export async function saveSearchBundle(cacheDir: string, name: string, key: string, bundleDir: string): Promise<void> {
  const entry = entryFolder(cacheDir, name);
  await rm(entry, { recursive: true, force: true });
  await cp(bundleDir, join(entry, 'bundle'), { recursive: true });
  // The key last: a copy cut short has none, so it is never taken for a whole bundle.
  await writeFile(join(entry, 'key.txt'), key);
}
