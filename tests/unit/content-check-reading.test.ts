import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/content-checks/check-content-folder.ts';
import { problemToText } from '../../src/content-reader/content-problem.ts';
import { checkFixture } from './support/check-fixture.ts';

/** A content folder made on the spot, for entries git cannot hold (pipes, links out of the repository, odd names). */
function contentFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'content-'));
  for (const name of ['en', 'fr', 'images']) mkdirSync(join(folder, name));
  return folder;
}

const validFrontmatter = '---\ntitle: "A release"\ndate: "2020-01-01"\ntype: news\norganisation: interpol\n---\n\n';

async function reportFor(folder: string): Promise<string[]> {
  return (await checkContentFolder(folder, { displayPrefix: 'content' })).problems.map(problemToText);
}

describe('content check: YAML that only a program would write', () => {
  it('refuses aliases, anchors, tags, merge keys, TOML and a frontmatter that is not fields, on their lines, without expanding anything', async () => {
    expect(await checkFixture('hostile-yaml')).toMatchInlineSnapshot(`
      [
        "content/en/billion-laughs.md:2: &a names a value for reuse (a YAML anchor), which releases do not need: remove "&a".",
        "content/en/billion-laughs.md:3: &l1 names a value for reuse (a YAML anchor), which releases do not need: remove "&l1".",
        "content/en/billion-laughs.md:4: &l2 names a value for reuse (a YAML anchor), which releases do not need: remove "&l2".",
        "content/en/billion-laughs.md:4: *l1 repeats a value written elsewhere (a YAML alias): write the value out where it is used.",
        "content/en/deep-brackets.md:3: the frontmatter is nested too deeply (lists or groups inside each other, such as [[[…]]]): a release needs at most two levels. Simplify it.",
        "content/en/list-not-fields.md:2: the frontmatter must be a list of fields, one "name: value" per line (title: "…", date: "…"), not a single value or a list.",
        "content/en/tag-and-merge.md:3: the tag !!binary changes how the value is read: remove it, and put text in double quotes.",
        "content/en/tag-and-merge.md:4: "<<" merges fields from elsewhere (a YAML merge key): write the fields out instead.",
        "content/en/toml-frontmatter.md:1: the frontmatter is written between +++ lines (TOML): write it between --- lines, in YAML, as in the contributor guide.",
      ]
    `);
  });
});

describe('content check: what the build would read differently from how it is written', () => {
  it('refuses dates that YAML reads as another day or year, and invisible characters written as escapes', async () => {
    expect(await checkFixture('yaml-reads-differently')).toMatchInlineSnapshot(`
      [
        "content/en/escaped-direction-control.md:6 (standfirst): an invisible character that changes the direction of text (U+202E): delete it (retype the words around it if your editor does not show it).",
        "content/en/octal-year.md:3 (date): the date is written 0o3727 that YAML reads as 2007, so that is what the site would show: write the date in double quotes, as "YYYY-MM-DD", "YYYY-MM" or "YYYY".",
        "content/en/octal-year.md:8: this release has the same text as content/en/short-year.md, content/en/time-zone-date.md, content/en/unquoted-day.md, so the site would publish it twice, at two addresses: if it is the same release, keep one file (the one already published) and delete the other; if they are different releases, give each its own text.",
        "content/en/short-year.md:3 (date): the date "0099-05" is not a year of releases (a year has four digits, such as 2013). Write a real date as "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only the month or year is known.",
        "content/en/short-year.md:8: this release has the same text as content/en/octal-year.md, content/en/time-zone-date.md, content/en/unquoted-day.md, so the site would publish it twice, at two addresses: if it is the same release, keep one file (the one already published) and delete the other; if they are different releases, give each its own text.",
        "content/en/time-zone-date.md:3 (date): the date is written 2013-12-31T23:00:00-02:00 that YAML reads as 2014-01-01, so that is what the site would show: write the date in double quotes, as "YYYY-MM-DD", "YYYY-MM" or "YYYY".",
        "content/en/time-zone-date.md:8: this release has the same text as content/en/octal-year.md, content/en/short-year.md, content/en/unquoted-day.md, so the site would publish it twice, at two addresses: if it is the same release, keep one file (the one already published) and delete the other; if they are different releases, give each its own text.",
        "content/en/unquoted-day.md:8: this release has the same text as content/en/octal-year.md, content/en/short-year.md, content/en/time-zone-date.md, so the site would publish it twice, at two addresses: if it is the same release, keep one file (the one already published) and delete the other; if they are different releases, give each its own text.",
      ]
    `);
  });

  it('refuses a file name or a field that would give the page another address', async () => {
    expect(await checkFixture('page-address')).toMatchInlineSnapshot(`
      [
        "content/en/index.md: the file name "index.md" is reserved: the build would publish it as the page of its folder, not at its own address. Rename it to a slug that says what the release is about.",
        "content/en/slug-field.md:6 (slug): "slug" is not a field of a release: the file name is the slug (the last part of the page's address), and a slug field would give the page another address. Remove this line, and rename the file if the address must change.",
      ]
    `);
  });

  it('names the group of a misspelt nested field, and the field probably meant', async () => {
    expect(await checkFixture('nested-field-typo')).toMatchInlineSnapshot(`
      [
        "content/en/typos-in-groups.md (related.0.title): A related link (in related, item 1) has no "title": add a line such as title: "…" under it.",
        "content/en/typos-in-groups.md:7 (related.0.titel): "titel" is not a field of a related link (in related, item 1): did you mean "title"? The fields of a related link are: title, url, lang.",
        "content/en/typos-in-groups.md:10 (photos.0.fil): "fil" is not a field of a photo (in photos, item 1): did you mean "file"? The fields of a photo are: file, alt, caption, credit.",
      ]
    `);
  });

  it('refuses characters readers would not see as written: control characters, old Mac line endings, replacement characters', async () => {
    expect(await checkFixture('unwanted-characters')).toMatchInlineSnapshot(`
      [
        "content/en/null-character.md:8: an invisible control character (U+0000) is in column 7: delete it (retype the words around it if your editor does not show it).",
        "content/en/old-mac-line-endings.md:1: a carriage return alone ends this line (an old Mac line ending): save the file again with ordinary line endings (LF, or CRLF on Windows).",
        "content/en/replacement-character.md:8: a replacement character (�) is in column 4: it marks text damaged when it was copied or converted, so retype the word from the original.",
      ]
    `);
  });
});

describe('content check: odd entries in the content folder', () => {
  it('reports links, pipes, unreadable files, odd names and very deep folders, and never follows or opens them', async () => {
    const folder = contentFolder();
    symlinkSync('/etc/passwd', join(folder, 'en', 'linked-release.md'));
    symlinkSync('../en', join(folder, 'fr', 'linked-folder'));
    execFileSync('mkfifo', [join(folder, 'fr', 'pipe.md')]);
    writeFileSync(join(folder, 'fr', 'line\nbreak.md'), validFrontmatter);
    writeFileSync(Buffer.from(`${folder}/fr/latin1-\xe9.md`, 'latin1'), validFrontmatter);
    writeFileSync(join(folder, 'en', 'unreadable.md'), validFrontmatter);
    chmodSync(join(folder, 'en', 'unreadable.md'), 0);
    let deep = join(folder, 'en');
    for (let level = 0; level < 12; level++) deep = join(deep, 'd');
    mkdirSync(deep, { recursive: true });
    writeFileSync(join(deep, 'buried.md'), validFrontmatter);
    const report = await reportFor(folder);
    // Root reads every file whatever its permissions, so the unreadable file is only unreadable to other users.
    expect(report.filter((line) => !line.includes('unreadable.md'))).toMatchInlineSnapshot(`
      [
        "content/en/d/d/d/d/d/d/d/: folders are nested more than 8 deep here: releases sit directly in content/en/ or content/fr/ and images in content/images/, so move the files out and delete these folders.",
        "content/en/linked-release.md: this is a link to /etc/passwd, not a file: the build would publish whatever it points to, outside the repository. Put the file itself here, or delete the link.",
        "content/fr/latin1-�.md: the name of this file is not UTF-8 text: rename it with plain letters, digits and hyphens.",
        "content/fr/line\\u000abreak.md: the name of this file has an invisible character or a line break in it: rename it with plain letters, digits and hyphens.",
        "content/fr/linked-folder: this is a link to ../en, not a file: the build would publish whatever it points to, outside the repository. Put the file itself here, or delete the link.",
        "content/fr/pipe.md: this is not an ordinary file (it is a device, a pipe or a socket): delete it.",
      ]
    `);
  });

  it('survives nesting 100,000 deep in YAML, Markdown and HTML, reporting each file instead of overflowing the stack', async () => {
    const folder = contentFolder();
    const deep = 100_000;
    writeFileSync(join(folder, 'en', 'deep-yaml.md'), `---\ntitle: ${'['.repeat(deep)}\n---\n`);
    writeFileSync(join(folder, 'en', 'deep-quotes.md'), `${validFrontmatter}${'>'.repeat(deep)} x\n`);
    writeFileSync(join(folder, 'en', 'deep-lists.md'), `${validFrontmatter}${'- '.repeat(deep / 2)}x\n`);
    writeFileSync(join(folder, 'en', 'deep-html.md'), `${validFrontmatter}${'<b>'.repeat(deep / 4)}x\n`);
    expect(await reportFor(folder)).toMatchInlineSnapshot(`
      [
        "content/en/deep-html.md:2 (title): this release has the same title as content/en/deep-lists.md, content/en/deep-quotes.md, so the site would publish it twice, at two addresses: if it is the same release, keep one file (the one already published) and delete the other; if they are different releases, give each its own title.",
        "content/en/deep-html.md:8: <b> is opened here but never closed, so everything after it would be inside it: add </b> where it should end.",
        "content/en/deep-html.md:8: HTML is nested more than 32 levels deep here: browsers show very deep HTML differently, and no release needs it. Simplify it.",
        "content/en/deep-lists.md:2 (title): this release has the same title as content/en/deep-html.md, content/en/deep-quotes.md, so the site would publish it twice, at two addresses: if it is the same release, keep one file (the one already published) and delete the other; if they are different releases, give each its own title.",
        "content/en/deep-lists.md:8: quotations or lists are nested more than 32 levels deep here: no release needs that many, and reading them takes the site a long time. Simplify it.",
        "content/en/deep-quotes.md:2 (title): this release has the same title as content/en/deep-html.md, content/en/deep-lists.md, so the site would publish it twice, at two addresses: if it is the same release, keep one file (the one already published) and delete the other; if they are different releases, give each its own title.",
        "content/en/deep-quotes.md:8: quotations or lists are nested more than 32 levels deep here: no release needs that many, and reading them takes the site a long time. Simplify it.",
        "content/en/deep-yaml.md:2: the frontmatter is nested too deeply (lists or groups inside each other, such as [[[…]]]): a release needs at most two levels. Simplify it.",
        "content/en/deep-yaml.md:2: the frontmatter is not valid YAML: the indentation is wrong, or a list in [ ] is not closed. Indent nested lines with two spaces, and close every [ with ].",
      ]
    `);
  }, 60_000); // Reading 100,000 levels takes seconds on a busy machine.
});
