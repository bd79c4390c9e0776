import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releasePath, releasesFolderPath } from '../../src/i18n/paths.ts';
import { fixturesDir } from '../unit/support/check-fixture.ts';

/** Builds the site from a fixture content folder, in a folder of its own so parallel runs never share output. */
function buildFixture(scenario: string) {
  const outDir = `.e2e/content-build/${scenario}`;
  rmSync(outDir, { recursive: true, force: true });
  const build = spawnSync('node_modules/.bin/astro', ['build'], {
    encoding: 'utf8',
    env: { ...process.env, NEWSROOM_CONTENT_DIR: `${fixturesDir}/${scenario}`, NEWSROOM_OUT_DIR: outDir },
  });
  return { outDir, status: build.status, output: `${build.stdout}${build.stderr}` };
}

function sourceSlugs(scenario: string, locale: 'en' | 'fr'): string[] {
  return readdirSync(join(fixturesDir, scenario, locale))
    .map((name) => name.replace(/\.mdx?$/, ''))
    .sort();
}

function builtSlugs(outDir: string, locale: 'en' | 'fr'): string[] {
  const folder = join(outDir, releasesFolderPath(locale));
  return readdirSync(folder)
    .filter((name) => existsSync(join(folder, name, 'index.html')))
    .sort();
}

describe('the build runs the content checks', () => {
  it('publishes odd but valid files: CRLF, byte order mark, trailing spaces, quotes and colons, one language only, a photo', () => {
    const { outDir, status, output } = buildFixture('odd-but-valid');
    expect(status, output).toBe(0);
    // Every source file becomes exactly one release page, per language.
    for (const locale of ['en', 'fr'] as const) expect(builtSlugs(outDir, locale)).toEqual(sourceSlugs('odd-but-valid', locale));
    // One reading of each file serves the check, the loader, the pages and the feeds (src/content-reader/read-release.ts).
    const files = (['en', 'fr'] as const).flatMap((locale) => sourceSlugs('odd-but-valid', locale)).length;
    expect(output).toContain(`Release files read: ${files}, each once; bodies rendered: `);
    expect(output).toMatch(/bodies rendered: [1-9]\d*, each once\./);
    const english = readFileSync(join(outDir, releasePath('en', 'operation-pangea-websites-closed'), 'index.html'), 'utf8');
    expect(english).toContain('<h1>Operation &quot;Pangea&quot;: 3,000 websites closed</h1>');
    expect(english).not.toContain('\uFEFF');
    // The text is rendered from the file on the page, with nothing of its frontmatter.
    expect(english).toContain('<p>A body with CRLF line endings.</p>');
    expect(english).not.toContain('organisation:');
    const french = readFileSync(join(outDir, releasePath('fr', 'operation-pangea-websites-closed'), 'index.html'), 'utf8');
    expect(french).toContain('Opération « Pangea » : 3 000 sites fermés, l&#39;an dernier');
    expect(french).toMatch(/<img [^>]*alt="Une capture d(&#39;|')écran d(&#39;|')un site fermé"/);
  }, 180_000);

  it('fails listing every problem of every file, as `npm run content:check` does', () => {
    const { status, output } = buildFixture('pair-disagreement');
    expect(status).not.toBe(0);
    expect(output).toContain('4 problems in 1 file');
    for (const [line, field] of [
      [3, 'date'],
      [4, 'type'],
      [5, 'organisation'],
      [6, 'topics'],
    ]) {
      expect(output).toContain(`fr/visit-to-headquarters.md:${line} (${field})`);
    }
  }, 180_000);
});
