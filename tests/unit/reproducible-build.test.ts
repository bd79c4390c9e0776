import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { expect, it } from 'vitest';

/** Builds the real content into a folder of its own, from a clean cache. */
function cleanBuild(outDir: string): void {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
  const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8', env: { ...process.env, NEWSROOM_OUT_DIR: outDir } });
  if (build.status !== 0) throw new Error(`The build into ${outDir} failed:\n${build.stdout}${build.stderr}`);
}

/** Every file of a built folder with the SHA-256 of its bytes. */
function fingerprints(siteDir: string): Map<string, string> {
  const files = readdirSync(siteDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return new Map(
    files.map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [
        path
          .slice(siteDir.length + 1)
          .split(sep)
          .join('/'),
        createHash('sha256').update(readFileSync(path)).digest('hex'),
      ];
    }),
  );
}

it('two clean builds of the same commit are byte for byte the same, search index and service worker included', () => {
  const [first, second] = ['.e2e/reproducible/first', '.e2e/reproducible/second'];
  cleanBuild(first);
  cleanBuild(second);
  const [a, b] = [fingerprints(first), fingerprints(second)];
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  const differing = names.filter((name) => a.get(name) !== b.get(name));
  expect(names.some((name) => name.startsWith('pagefind/'))).toBe(true);
  expect(differing, 'files that differ between the two builds').toEqual([]);
}, 300_000);
