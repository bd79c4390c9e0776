import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
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

  it('gives each new release the next free reference of its year, and a translation its original’s reference and moment', async () => {
    const contentDir = copyOfFixture('odd-but-valid');
    const base = ['--lang', 'fr', '--type', 'news', '--organisation', 'wco', '--date', '2031-03-01'];
    const first = runNew(contentDir, [...base, '--title', 'Opération « Tempête » : l’annonce', '--publish-at', '2031-03-01T09:00+01:00']);
    expect(first.status, first.output).toBe(0);
    const second = runNew(contentDir, [...base, '--title', 'Deuxième communiqué de l’année']);
    expect(second.status, second.output).toBe(0);
    const firstText = readFileSync(join(contentDir, 'fr', 'operation-tempete-l-annonce.md'), 'utf8');
    expect(firstText).toContain('reference: "NR/2031/001"');
    expect(firstText).toContain('publishAt: "2031-03-01T09:00+01:00"');
    const secondFile = join(contentDir, 'fr', 'deuxieme-communique-de-l-annee.md');
    expect(readFileSync(secondFile, 'utf8')).toContain('reference: "NR/2031/002"');
    // The editor writes the second release's own text: two releases left with the template's are one release twice.
    writeFileSync(secondFile, `${readFileSync(secondFile, 'utf8')}\nLe deuxième communiqué de l’année a son propre texte.\n`);
    const translation = runNew(contentDir, [
      '--translation-of',
      'operation-tempete-l-annonce',
      '--lang',
      'en',
      '--title',
      'Operation "Storm"',
    ]);
    expect(translation.status, translation.output).toBe(0);
    const translated = readFileSync(join(contentDir, 'en', 'operation-tempete-l-annonce.md'), 'utf8');
    expect(translated).toContain('reference: "NR/2031/001"');
    expect(translated).toContain('publishAt: "2031-03-01T09:00+01:00"');
    const report = await checkContentFolder(contentDir);
    expect(report.problems).toEqual([]);
    // Both files are written ahead of their moment: the check tells, and refuses nothing.
    expect(report.notices.map((notice) => notice.message).join('\n')).toContain('scheduled for 1 March 2031 at 09:00 (Paris time)');
  }, 30_000);
});
