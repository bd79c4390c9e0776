import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/content-checks/check-content-folder.ts';
import { fixturesDir } from '../unit/support/check-fixture.ts';

/** Runs `npm run new` with flags (no terminal, so no prompts) on a copy of a fixture content folder. */
function runNew(contentDir: string, args: string[]) {
  const run = spawnSync(process.execPath, ['scripts/new-release.ts', ...args], {
    encoding: 'utf8',
    env: { ...process.env, NEWSROOM_CONTENT_DIR: contentDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

function copyOfFixture(scenario: string): string {
  const contentDir = mkdtempSync(join(tmpdir(), 'new-release-'));
  cpSync(join(fixturesDir, scenario), contentDir, { recursive: true });
  return contentDir;
}

describe('npm run new', () => {
  it('writes a file named after the title, with a commented frontmatter that passes the content check', async () => {
    const contentDir = copyOfFixture('odd-but-valid');
    const flags = [
      '--lang',
      'en',
      '--title',
      'Operation "Storm": 3,000 arrests',
      '--date',
      '2024-03',
      '--type',
      'news',
      '--organisation',
      'interpol',
      '--topics',
      'terrorism,cybercrime',
    ];
    const { status, output } = runNew(contentDir, flags);
    expect(status, output).toBe(0);
    const text = readFileSync(join(contentDir, 'en', 'operation-storm-3000-arrests.md'), 'utf8');
    expect(text).toContain('title: "Operation \\"Storm\\": 3,000 arrests"');
    expect(text).toContain('date: "2024-03"');
    expect(text).toContain('topics: [terrorism, cybercrime]');
    expect(text).toContain('# One of: media-release, news, statement, speech.');
    expect((await checkContentFolder(contentDir)).problems).toEqual([]);
  });

  it('pre-fills a translation with what the pair shares, under the same slug', async () => {
    const contentDir = copyOfFixture('odd-but-valid');
    const { status, output } = runNew(contentDir, [
      '--translation-of',
      'communique-en-francais-seulement',
      '--title',
      'A release in French only, until now',
    ]);
    expect(status, output).toBe(0);
    const text = readFileSync(join(contentDir, 'en', 'communique-en-francais-seulement.md'), 'utf8');
    expect(text).toContain('# Translation of');
    expect(text).toMatch(/date: "2024"\n[^]*type: news\n[^]*organisation: wco\n/);
    expect((await checkContentFolder(contentDir)).problems).toEqual([]);
  });

  it('lists every missing flag at once when there is no terminal to ask in', () => {
    const { status, output } = runNew(copyOfFixture('odd-but-valid'), ['--lang', 'fr']);
    expect(status).toBe(1);
    expect(output).toContain(
      'Missing: --title <Title>, --type <Type (media-release, news, statement, speech)>, --organisation <Organisation (interpol, wco)>.',
    );
  });

  it('refuses a slug already used in the other language, pointing to the translation mode', () => {
    const flags = ['--lang', 'en', '--title', 'x', '--slug', 'communique-en-francais-seulement', '--type', 'news', '--organisation', 'wco'];
    const { status, output } = runNew(copyOfFixture('odd-but-valid'), flags);
    expect(status).toBe(1);
    expect(output).toContain('npm run new -- --translation-of communique-en-francais-seulement');
  });
});
