import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetOtherParts, restoreSearchBundle, saveSearchBundle } from '../../src/search/build/search-bundle-cache.ts';
import { temporaryFolders } from './support/temporary-folders.ts';

const newFolder = temporaryFolders('search-bundle-cache-test-');

/** A bundle folder holding one file with `text`. */
function bundle(text: string): string {
  const folder = newFolder();
  writeFileSync(join(folder, 'pagefind-entry.json'), text);
  return folder;
}

describe('the search bundles kept between builds', () => {
  it('give a bundle back only under the key it was kept with', () => {
    const cache = newFolder();
    saveSearchBundle(cache, 'en+until-2010', 'key 1', bundle('old part'));
    const into = join(newFolder(), 'until-2010');
    expect(restoreSearchBundle(cache, 'en+until-2010', 'key 2', into)).toBe(false);
    expect(restoreSearchBundle(cache, 'en+until-2010', 'key 1', into)).toBe(true);
    expect(readdirSync(into)).toEqual(['pagefind-entry.json']);
  });

  it('forget the parts of a language that the years no longer make, and nothing of another language', () => {
    const cache = newFolder();
    for (const entry of ['en', 'en+until-2010', 'en+2011-2013', 'en-gb', 'en-gb+until-2010', 'fr', 'fr+until-2010'])
      mkdirSync(join(cache, 'newsroom-search', entry), { recursive: true });
    forgetOtherParts(cache, 'en', ['en', 'en+2011-2013']);
    expect(readdirSync(join(cache, 'newsroom-search')).sort()).toEqual([
      'en',
      'en+2011-2013',
      'en-gb',
      'en-gb+until-2010',
      'fr',
      'fr+until-2010',
    ]);
  });
});
