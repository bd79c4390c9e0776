import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/content-checks/check-content-folder.ts';
import { maxReleaseFileBytes } from '../../src/content-reader/file-names.ts';
import { problemToText } from '../../src/content-reader/content-problem.ts';
import { checkFixture } from './support/check-fixture.ts';

describe('content check: where files are and what they are called', () => {
  it('rejects a file outside content/en/ and content/fr/, or in a subfolder of one', async () => {
    expect(await checkFixture('outside-language-folders')).toMatchInlineSnapshot(`
      [
        "content/de/pressemitteilung.md: this file is not in content/en/ or content/fr/: move it into the folder of its language (or content/images/ for a photo).",
        "content/en/2013/in-a-subfolder.md: this file is in a subfolder: release files sit directly in content/en/, so move it to content/en/in-a-subfolder.md.",
        "content/loose-release.md: this file is not in content/en/ or content/fr/: move it into the folder of its language (or content/images/ for a photo).",
      ]
    `);
  });

  it('rejects a file that is not .md or .mdx', async () => {
    expect(await checkFixture('wrong-extension')).toMatchInlineSnapshot(`
      [
        "content/en/release.docx: this file has the extension ".docx", but release files end in .md (or .mdx): save the release as a .md file (plain Markdown), or move images to content/images/.",
        "content/en/release.txt: this file has the extension ".txt", but release files end in .md (or .mdx): save the release as a .md file (plain Markdown), or move images to content/images/.",
      ]
    `);
  });

  it('rejects a file name that is not a lowercase ASCII kebab-case slug, and suggests one', async () => {
    expect(await checkFixture('not-a-slug')).toMatchInlineSnapshot(`
      [
        "content/en/My Release.md: the file name "My Release.md" is not a slug (lowercase letters a-z, digits and single hyphens, no spaces or accents): rename it to my-release.md.",
        "content/fr/visite_délégation.md: the file name "visite_délégation.md" is not a slug (lowercase letters a-z, digits and single hyphens, no spaces or accents): rename it to visite-delegation.md.",
      ]
    `);
  });

  it('rejects two files for the same slug and language (x.md beside x.mdx)', async () => {
    expect(await checkFixture('same-slug-twice')).toMatchInlineSnapshot(`
      [
        "content/en/interpol-visit.md: another file has the same slug in content/en/ (content/en/interpol-visit.mdx): a release has one file per language, so keep one and delete or rename the other.",
        "content/en/interpol-visit.mdx: another file has the same slug in content/en/ (content/en/interpol-visit.md): a release has one file per language, so keep one and delete or rename the other.",
      ]
    `);
  });
});

describe('content check: what is inside a file', () => {
  it('rejects bytes that are not UTF-8, on the line where they are', async () => {
    expect(await checkFixture('not-utf8')).toMatchInlineSnapshot(`
      [
        "content/fr/mauvais-encodage.md:2: this file is not saved as UTF-8 text (this line has a character in another encoding, such as Windows-1252 or Latin-1): save the file again with the encoding "UTF-8" in your editor.",
      ]
    `);
  });

  it(`rejects a file over the size limit of ${maxReleaseFileBytes / 1024} KB`, async () => {
    // Generated rather than committed: a fixture over 100 KB would weigh on every clone.
    const contentDir = mkdtempSync(join(tmpdir(), 'too-large-'));
    mkdirSync(join(contentDir, 'en'));
    const frontmatter = '---\ntitle: "A very long release"\ndate: "2013"\ntype: news\norganisation: interpol\n---\n\n';
    writeFileSync(join(contentDir, 'en', 'very-long-release.md'), frontmatter + 'A pasted document. '.repeat(6000));
    const { problems } = await checkContentFolder(contentDir, { displayPrefix: 'content' });
    expect(problems.map(problemToText)).toMatchInlineSnapshot(`
      [
        "content/en/very-long-release.md: this file is 112 KB, over the limit of 100 KB for one release: check nothing was pasted by mistake (an image or a whole document), and split a very long text or link to it instead.",
      ]
    `);
  });

  it('rejects a file without frontmatter, pointing at line 1', async () => {
    expect(await checkFixture('no-frontmatter')).toMatchInlineSnapshot(`
      [
        "content/en/no-frontmatter.md:1: the file must start with its frontmatter: a line with ---, the fields (title, date, type, organisation...), then another line with ---. Run \`npm run new\` to get a file to copy from.",
      ]
    `);
  });
});
