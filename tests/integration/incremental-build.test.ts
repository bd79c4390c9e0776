import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyContentChange, contentChangeKinds } from '../../scripts/bench/content-changes.ts';
import { differingFiles } from '../../scripts/bench/differing-files.ts';
import { buildSite } from './support/incremental-builds.ts';

// A generated archive of 45 releases (30 pairs, 15 in one language, the hostile-but-valid ones
// beside them), built once; then each kind of change is applied in turn, the site rebuilt with
// its caches kept, and the result compared byte for byte with a build of the same content from nothing.
const folder = '.e2e/incremental-build';
const contentDir = `${folder}/content`;
const rebuilt = `${folder}/rebuilt`;
const fromNothing = `${folder}/from-nothing`;
// One "now" for every build: the output of a scheduled release depends on it.
const env = { NEWSROOM_NOW: '2025-06-01T12:00+02:00' };

beforeAll(() => {
  execFileSync(process.execPath, ['tests/fixtures/generate-releases.mjs', contentDir, '45']);
  buildSite(contentDir, rebuilt, env, { fresh: true });
}, 300_000);

describe('a rebuild that keeps its caches writes what a build from nothing writes', () => {
  for (const kind of contentChangeKinds) {
    it(`after the change "${kind}": every file (pages, feeds, sitemap, search, offline lists, service worker) byte for byte`, () => {
      const change = applyContentChange(contentDir, kind);
      const incremental = buildSite(contentDir, rebuilt, env, { fresh: false });
      buildSite(contentDir, fromNothing, env, { fresh: true });
      expect(differingFiles(rebuilt, fromNothing), change).toEqual([]);
      // Faster, not only right: most pages come from the cache, and most bodies are not rendered again.
      expect(incremental.reusedPages, change).toBeGreaterThan(50);
      expect(incremental.keptRenderings, change).toBeGreaterThan(30);
      // A French text edited: the English search bundle, whose pages are unchanged, is copied, not indexed again.
      if (kind === 'edited text')
        expect(incremental.log).toMatch(
          /\d+ en releases in 1 part, 1 copied from the cache \([^)]*\); \d+ fr releases in 1 part, 0 copied from the cache \(/,
        );
    }, 300_000);
  }

  it('throws its cache away when a setting changes (the site’s folder), and still writes what a build from nothing writes', () => {
    const moved = { ...env, NEWSROOM_BASE_PATH: '/pr-preview/pr-7/' };
    const incremental = buildSite(contentDir, rebuilt, moved, { fresh: false });
    buildSite(contentDir, fromNothing, moved, { fresh: true });
    expect(differingFiles(rebuilt, fromNothing)).toEqual([]);
    expect(incremental.reusedPages).toBe(0);
    expect(incremental.keptRenderings).toBe(0);
  }, 300_000);
});

describe('with the search index in parts by year, a rebuild that keeps its caches writes what a build from nothing writes', () => {
  // At most 20 pages a part: the release of 2001 in one part, those of 2020 in the other.
  const partsEnv = { ...env, NEWSROOM_SEARCH_PART_PAGES: '20' };
  const partsContent = `${folder}/parts-content`;
  const partsRebuilt = `${folder}/parts-rebuilt`;
  const partsFromNothing = `${folder}/parts-from-nothing`;

  it('after each kind of change in turn; an edit indexes again only its part', () => {
    execFileSync(process.execPath, ['tests/fixtures/generate-releases.mjs', partsContent, '45']);
    const first = buildSite(partsContent, partsRebuilt, partsEnv, { fresh: true });
    expect(first.log).toMatch(/\d+ en releases in 2 parts, 0 copied from the cache/);
    for (const kind of contentChangeKinds) {
      const change = applyContentChange(partsContent, kind);
      const incremental = buildSite(partsContent, partsRebuilt, partsEnv, { fresh: false });
      buildSite(partsContent, partsFromNothing, partsEnv, { fresh: true });
      expect(differingFiles(partsRebuilt, partsFromNothing), change).toEqual([]);
      // A release of the newest year, in both languages: only the newest parts are indexed again.
      if (kind === 'new release')
        expect(incremental.log).toMatch(
          /\d+ en releases in 2 parts, 1 copied from the cache \([^)]*\); \d+ fr releases in 2 parts, 1 copied from the cache \(/,
        );
      // A French text of 2020 edited: the French part of 2020 is indexed again, every other part copied.
      if (kind === 'edited text')
        expect(incremental.log).toMatch(
          /\d+ en releases in 2 parts, 2 copied from the cache \([^)]*\); \d+ fr releases in 2 parts, 1 copied from the cache \(/,
        );
    }
  }, 900_000);
});
