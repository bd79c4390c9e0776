// Synchronous file calls throughout: a bundle holds some 10,000 small files at 10,000 pairs, and
// `fs.promises.cp` copied one in 9.1 s where `cpSync` took 2.5 s (README, "Performance").
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

function entryFolder(cacheDir: string, name: string): string {
  return join(cacheDir, 'newsroom-search', name);
}

function keptKey(entry: string): string | undefined {
  try {
    return readFileSync(join(entry, 'key.txt'), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * Copies the bundle kept under `name` into `bundleDir` if it was made from the same input (`key`);
 * says whether it did. Pagefind writes the same bundle for the same pages, so a copy is what it
 * would write again. A bundle under another key is never used.
 */
export function restoreSearchBundle(cacheDir: string, name: string, key: string, bundleDir: string): boolean {
  const entry = entryFolder(cacheDir, name);
  if (keptKey(entry) !== key) return false;
  rmSync(bundleDir, { recursive: true, force: true });
  cpSync(join(entry, 'bundle'), bundleDir, { recursive: true });
  return true;
}

/** Keeps a copy of the bundle Pagefind just wrote under `name`, replacing the one before. */
export function saveSearchBundle(cacheDir: string, name: string, key: string, bundleDir: string): void {
  const entry = entryFolder(cacheDir, name);
  rmSync(entry, { recursive: true, force: true });
  cpSync(bundleDir, join(entry, 'bundle'), { recursive: true });
  // The key last: a copy cut short has none, so it is never taken for a whole bundle.
  writeFileSync(join(entry, 'key.txt'), key);
}

/**
 * Deletes the entries of `locale`'s older parts (`en+…`) other than `kept`: a part that no longer
 * exists, once the years are cut otherwise, would only take room.
 */
export function forgetOtherParts(cacheDir: string, locale: string, kept: readonly string[]): void {
  const folder = join(cacheDir, 'newsroom-search');
  for (const name of readdirSync(folder))
    if (name.startsWith(`${locale}+`) && !kept.includes(name)) rmSync(join(folder, name), { recursive: true, force: true });
}
