import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/content-checks/check-content-folder.ts';
import { problemToText } from '../../src/content-reader/content-problem.ts';

/** A release file in a language, with its frontmatter lines; French ones carry real French typography. */
function release(fields: string[], body = 'Le texte du communiqué « Pangea » : l’opération.'): string {
  const defaults = {
    title: 'title: "L’opération « Pangea »"',
    date: 'date: "2025-03-01"',
    type: 'type: news',
    organisation: 'organisation: interpol',
  };
  const given = new Set(fields.map((line) => line.split(':')[0]));
  const lines = [
    ...Object.entries(defaults)
      .filter(([name]) => !given.has(name))
      .map(([, line]) => line),
    ...fields,
  ];
  return ['---', ...lines, '---', '', body, ''].join('\n');
}

function contentFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'life-check-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(folder, path, '..'), { recursive: true });
    // Each release its own title and text, as the check refuses one release filed under two slugs.
    const slug = path
      .split('/')
      .pop()!
      .replace(/\.mdx?$/, '');
    const own = text.replace(/^title: "(.*)"$/m, `title: "$1 (${slug})"`).replace(/\n\n([^\n]+)\n$/, `\n\n$1 (${slug})\n`);
    writeFileSync(join(folder, path), own);
  }
  return folder;
}

async function check(folder: string) {
  const report = await checkContentFolder(folder, { displayPrefix: 'content' });
  return { problems: report.problems.map(problemToText), notices: report.notices.map((notice) => `${notice.file}: ${notice.message}`) };
}

beforeEach(() => {
  process.env['NEWSROOM_NOW'] = '2025-03-01T12:00+01:00';
});
afterEach(() => {
  delete process.env['NEWSROOM_NOW'];
});

describe('the content check knows the life of a release', () => {
  it('refuses versions of a release that disagree on reference, moment or withdrawal, on the translation’s line', async () => {
    const folder = contentFolder({
      'en/pangea.md': release(['reference: "NR/2025/001"', 'publishAt: "2025-03-01T09:00+01:00"']),
      'fr/pangea.md': release([
        'reference: "NR/2025/002"',
        'publishAt: "2025-03-01T10:00+01:00"',
        'withdrawn: { date: "2025-03-02", reason: "Remplacé par un communiqué corrigé", keepText: false }',
      ]),
    });
    const { problems } = await check(folder);
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/fr\/pangea\.md:6 \(reference\): the languages of this release disagree on "reference": NR\/2025\/002 here, NR\/2025\/001 in content\/en\/pangea\.md/,
      ),
      expect.stringMatching(/^content\/fr\/pangea\.md:7 \(publishAt\): .*2025-03-01T09:00:00.000Z here, 2025-03-01T08:00:00.000Z/),
      expect.stringMatching(/^content\/fr\/pangea\.md:8 \(withdrawn\): .*withdrawn on 2025-03-02, keepText: false here, not withdrawn in/),
    ]);
  });

  it('refuses a reference two releases share, giving the next free one', async () => {
    const folder = contentFolder({
      'en/first.md': release(['reference: "NR/2025/007"']),
      'fr/second.md': release(['reference: "NR/2025/007"']),
      'fr/third.md': release(['reference: "NR/2025/003"']),
    });
    const { problems } = await check(folder);
    expect(problems).toEqual([
      'content/en/first.md:6 (reference): NR/2025/007 is also the reference of second: each release has its own. The next free one is NR/2025/008.',
      'content/fr/second.md:6 (reference): NR/2025/007 is also the reference of first: each release has its own. The next free one is NR/2025/008.',
    ]);
  });

  it('refuses a malformed reference, an update without its note and a moment on another day than the date', async () => {
    const folder = contentFolder({
      'fr/mal-ecrit.md': release([
        'reference: "NR-2025-1"',
        'publishAt: "2025-03-02T09:00+01:00"',
        'updates:',
        '  - date: "2025-03-03"',
        'withdrawn: { date: "2025-03", reason: "Erreur d’envoi", keepText: true }',
      ]),
    });
    const { problems } = await check(folder);
    expect(problems.join('\n')).toContain('(reference): ');
    expect(problems.join('\n')).toContain('NR/2024/017');
    expect(problems.join('\n')).toMatch(/:9 \(updates\.0\): .*needs a note saying what changed, or "minor: true"/);
    expect(problems.join('\n')).toMatch(/\(withdrawn\.date\): .*whole day/);
  });

  it('tells, without refusing, that a release is scheduled, and which releases have no reference yet', async () => {
    const folder = contentFolder({
      'en/later.md': release(['date: "2025-03-01"', 'reference: "NR/2025/004"', 'publishAt: "2025-03-01T13:00+01:00"']),
      'fr/later.md': release(['date: "2025-03-01"', 'reference: "NR/2025/004"', 'publishAt: "2025-03-01T13:00+01:00"']),
      'fr/earlier.md': release(['date: "2025-03-01"', 'publishAt: "2025-03-01T11:59+01:00"']),
    });
    const { problems, notices } = await check(folder);
    expect(problems).toEqual([]);
    expect(notices).toContain(
      'content/en/later.md, content/fr/later.md: scheduled for 1 March 2025 at 13:00 (Paris time): it appears with the first build after that moment.',
    );
    expect(notices).toContain(
      'content/fr/earlier.md: has no reference: add "reference: NR/2025/005" (the next free one) to every language of the release.',
    );
    expect(notices.filter((notice) => notice.includes('scheduled'))).toHaveLength(1);
  });

  it('refuses a reference changed since it was committed, and says when there is no history to compare with', async () => {
    // The repository holds the content folder, as the project's does.
    const repository = mkdtempSync(join(tmpdir(), 'life-history-'));
    const folder = join(repository, 'content');
    mkdirSync(join(folder, 'fr'), { recursive: true });
    writeFileSync(join(folder, 'fr/pangea.md'), release(['reference: "NR/2025/001"']));
    const git = (...args: string[]) => execFileSync('git', args, { cwd: repository, stdio: 'ignore' });
    git('init', '-q');
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '--allow-empty', '-m', 'start');
    git('add', '.');
    git('-c', 'user.name=Test', '-c', 'user.email=test@example.org', 'commit', '-q', '-m', 'Le communiqué');
    expect((await check(folder)).problems).toEqual([]);
    writeFileSync(join(folder, 'fr/pangea.md'), release(['reference: "NR/2025/009"']));
    expect((await check(folder)).problems).toEqual([
      'content/fr/pangea.md:6 (reference): was NR/2025/001 before: a reference never changes once given, as links and citations use it. Put back "reference: NR/2025/001".',
    ]);
    const shallow = mkdtempSync(join(tmpdir(), 'life-shallow-'));
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repository}`, shallow], { stdio: 'ignore' });
    const report = await check(join(shallow, 'content'));
    expect(report.problems).toEqual([]);
    expect(report.notices.join('\n')).toContain('changed references were not checked');
  });
});
