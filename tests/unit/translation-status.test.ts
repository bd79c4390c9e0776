import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLastChanges } from '../../src/translation-status/last-change.ts';
import { statusToMarkdown } from '../../src/translation-status/status-to-markdown.ts';
import { translationStatus, type LastChange, type StatusFile } from '../../src/translation-status/translation-status.ts';

const file = (locale: 'en' | 'fr', slug: string): StatusFile => ({ locale, slug, displayPath: `content/${locale}/${slug}.md` });
const files = [
  file('en', 'visit'),
  file('fr', 'visit'),
  file('fr', 'seulement-en-francais'),
  file('en', 'edited-later'),
  file('fr', 'edited-later'),
];
const changes: Record<string, string> = {
  'content/en/edited-later.md': '2024-03-10T10:00:00Z',
  'content/fr/edited-later.md': '2024-01-05T10:00:00Z',
};
const lastChange = (status: StatusFile): LastChange => ({
  time: new Date(changes[status.displayPath] ?? '2024-01-01T00:00:00Z'),
  source: 'git',
});

describe('translation status', () => {
  it('lists releases in one language only and pairs where one side changed after the other, as Markdown for a pull request', () => {
    expect(statusToMarkdown(translationStatus(files, lastChange))).toMatchInlineSnapshot(`
      "## Translation status

      3 releases: 2 in both languages, 0 in English only, 1 in French only. A release in one language only is normal; this list is for translators.

      ### Not translated yet (1)

      | Release | Exists in | Missing | To start the translation |
      | --- | --- | --- | --- |
      | \`seulement-en-francais\` | French: \`content/fr/seulement-en-francais.md\` | English | \`npm run new -- --translation-of seulement-en-francais\` |

      ### Changed after their translation (1)

      One language was edited after the other: check whether the translation needs the same change.

      | Release | Changed | Changed on | Translation | Translation changed on |
      | --- | --- | --- | --- | --- |
      | \`edited-later\` | \`content/en/edited-later.md\` | 2024-03-10 | \`content/fr/edited-later.md\` | 2024-01-05 |"
    `);
  });

  it('treats a pair changed within the same minute as one edit', () => {
    const close = (status: StatusFile): LastChange => ({
      time: new Date(status.locale === 'en' ? '2024-01-01T00:00:30Z' : '2024-01-01T00:00:00Z'),
      source: 'git',
    });
    expect(translationStatus([file('en', 'visit'), file('fr', 'visit')], close).changedAfterTranslation).toEqual([]);
  });

  it('reads change times from git history, and from the file for uncommitted edits', () => {
    const repo = mkdtempSync(join(tmpdir(), 'status-git-'));
    const run = (args: string[], date = '2024-01-01T00:00:00Z') =>
      execFileSync('git', args, { cwd: repo, env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } });
    run(['init', '-q']);
    run(['config', 'user.email', 'editor@example.org']);
    run(['config', 'user.name', 'Editor']);
    mkdirSync(join(repo, 'content', 'en'), { recursive: true });
    mkdirSync(join(repo, 'content', 'fr'), { recursive: true });
    writeFileSync(join(repo, 'content', 'en', 'visit.md'), 'one');
    writeFileSync(join(repo, 'content', 'fr', 'visit.md'), 'un');
    run(['add', '.']);
    run(['commit', '-q', '-m', 'Both languages']);
    writeFileSync(join(repo, 'content', 'en', 'visit.md'), 'one, corrected');
    run(['commit', '-q', '-am', 'English corrected'], '2024-02-01T00:00:00Z');
    writeFileSync(join(repo, 'content', 'fr', 'visit.md'), 'un, en cours');

    const { lastChange: fromGit, usedGit } = readLastChanges(join(repo, 'content'));
    expect(usedGit).toBe(true);
    expect(fromGit(join(repo, 'content', 'en', 'visit.md'))).toEqual({ time: new Date('2024-02-01T00:00:00Z'), source: 'git' });
    expect(fromGit(join(repo, 'content', 'fr', 'visit.md')).source).toBe('file');
  });

  it('falls back to file times, and says so, where there is no git', () => {
    const folder = mkdtempSync(join(tmpdir(), 'status-no-git-'));
    writeFileSync(join(folder, 'visit.md'), 'one');
    const { lastChange: fromFile, usedGit } = readLastChanges(folder);
    expect(usedGit).toBe(false);
    expect(fromFile(join(folder, 'visit.md')).source).toBe('file');
  });
});
