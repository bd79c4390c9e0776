import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { builtSites } from './support/built-sites.ts';
import { fixtureSites } from './support/fixture-sites.ts';

/** Builds the real content into a folder of its own, from a clean cache, as global setup built the seed site. */
function cleanBuild(outDir: string): void {
  const seed = fixtureSites.find((site) => site.name === 'seed');
  if (!seed) throw new Error('tests/e2e/support/fixture-sites.ts has no seed site to build again');
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
  const build = spawnSync('npm', ['run', 'build'], { encoding: 'utf8', env: { ...process.env, ...seed.env(), NEWSROOM_OUT_DIR: outDir } });
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

// The first build is the seed site global setup built from a clean cache; one more is enough to compare.
test('two clean builds of the same commit are byte for byte the same, search index and service worker included', () => {
  test.setTimeout(300_000);
  const second = `${builtSites.root}/seed-again-dist`;
  cleanBuild(second);
  const [a, b] = [fingerprints(builtSites.seedDist), fingerprints(second)];
  const names = [...new Set([...a.keys(), ...b.keys()])].sort();
  const differing = names.filter((name) => a.get(name) !== b.get(name));
  expect(names.some((name) => name.startsWith('pagefind/'))).toBe(true);
  expect(differing, 'files that differ between the two builds').toEqual([]);
});
