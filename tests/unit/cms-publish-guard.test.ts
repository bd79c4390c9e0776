import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fileOnBranch, refusalText } from '../../scripts/support/cms-publish-guard.ts';
import { formText } from '../../src/i18n/cms-form/index.ts';
import { locales } from '../../src/i18n/locales.ts';

// Branch names as the form makes them: `cms/releases/<slug>`, `withdraw/releases/<slug>`.
const slug = fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+){0,4}$/);

describe('what the local publish guard tells the editor', () => {
  it('is in the language of the form that asked, for every language of the site', () => {
    fc.assert(
      fc.property(fc.constantFrom(...locales), slug, (locale, name) => {
        const branch = `cms/releases/${name}`;
        const refusal = refusalText(locale, 'checkFails', { branch });
        expect(refusal).toBe(formText(locale).refusals.checkFails.replace('{branch}', branch));
        const withdrawn = refusalText(locale, 'withdrawn', { published: 'main', branch: `withdraw/releases/${name}` });
        expect(withdrawn).toContain(`withdraw/releases/${name}`);
        expect(withdrawn).not.toMatch(/\{\w+\}/);
      }),
    );
  });

  it('gives every language’s sentence, one a line, to a request that names no language or one the site does not have', () => {
    for (const lang of [null, '', 'xx', 'fr-FR']) {
      const lines = refusalText(lang, 'withdrawn', { published: 'main', branch: 'withdraw/releases/a' }).split('\n');
      expect(lines).toHaveLength(locales.length);
      expect(lines).toEqual(
        locales.map((locale) => refusalText(locale, 'withdrawn', { published: 'main', branch: 'withdraw/releases/a' })),
      );
    }
  });

  it('writes French with its typography: a non-breaking space before the colon', () => {
    expect(refusalText('fr', 'checkFails', { branch: 'cms/releases/x' })).toBe(
      'La vérification du contenu échoue sur cms/releases/x\u00a0: ce communiqué ne peut pas être publié.',
    );
  });
});

describe('a language’s file of a release saved on its branch', () => {
  const repository = mkdtempSync(join(tmpdir(), 'guard-branch-'));
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', repository, '-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { encoding: 'utf8' });
  git('init', '--quiet', '-b', 'main');
  mkdirSync(join(repository, 'content/fr'), { recursive: true });
  writeFileSync(join(repository, 'content/fr/visite.md'), '---\ntitle: "Visite d’État : « Lyon »"\n---\n\nTexte.\n');
  git('add', '.');
  git('commit', '--quiet', '-m', 'A release in French only');
  git('branch', 'cms/releases/visite');
  afterAll(() => rmSync(repository, { recursive: true, force: true }));

  it('is read from the branch by its path, as GitHub’s backend reads it', async () => {
    expect(await fileOnBranch(repository, 'cms/releases/visite', 'content/fr/visite.md')).toBe(
      '---\ntitle: "Visite d’État : « Lyon »"\n---\n\nTexte.\n',
    );
  });

  it('is "not found" when the release is not written in that language, or the branch is gone', async () => {
    expect(await fileOnBranch(repository, 'cms/releases/visite', 'content/en/visite.md')).toBeUndefined();
    expect(await fileOnBranch(repository, 'cms/releases/nowhere', 'content/fr/visite.md')).toBeUndefined();
  });
});
