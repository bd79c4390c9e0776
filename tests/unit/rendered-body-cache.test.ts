import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { keepRenderedBodies, renderBody } from '../../src/content-reader/render-body.ts';
import {
  forgetOtherRenderings,
  keptRendering as keptUnderKey,
  renderingKey,
  type RenderedBodyCache,
} from '../../src/content-reader/rendered-body-cache.ts';
import { temporaryFolders } from './support/temporary-folders.ts';

const newFolder = temporaryFolders('newsroom-rendered-');
afterEach(() => keepRenderedBodies(undefined));

/** The rendering kept for this body, looked up under the key its text, file and frontmatter give. */
const keptRendering = (cache: RenderedBodyCache, body: string, file: URL, frontmatter: Record<string, unknown>) =>
  keptUnderKey(cache, renderingKey(cache, body, file, frontmatter), file);

// Pieces of bodies as editors write them: French typography, raw HTML, links, footnotes, headings, lists.
const piece = fc.constantFrom(
  'L’Organisation a dit «\u00a0non\u00a0» jusqu’au bout.',
  'INTERPOL’s officers met on 3 May.',
  '<abbr title="Organisation">ORG</abbr> et <span lang="en">police</span>',
  '[le rapport](https://example.org/rapport) et [une note][n]',
  '[n]: https://example.org/note',
  'Une note.[^1]\n\n[^1]: La note elle-même.',
  '## Un intertitre',
  '- un\n- deux',
  '**gras** et _italique_',
  '![Une photo](./images/photo.jpg)',
  '| a | b |\n|---|---|\n| 1 | 2 |',
);
const body = fc.array(piece, { minLength: 1, maxLength: 6 }).map((pieces) => pieces.join('\n\n'));
const language = fc.constantFrom('en', 'fr');

describe('rendered bodies kept between builds', () => {
  it('gives back exactly what rendering the same body gives, and renders again when the body, frontmatter or code differ', async () => {
    await fc.assert(
      fc.asyncProperty(body, body, language, async (text, otherText, locale) => {
        const folder = newFolder();
        const file = pathToFileURL(join(folder, 'content', locale, 'a-release.md'));
        const data = { title: 'Une réunion', date: '2024-05-01' };
        const cache: RenderedBodyCache = { folder: join(folder, 'rendered'), code: 'code 1' };
        keepRenderedBodies(undefined);
        const fresh = await renderBody(text, file, data);
        keepRenderedBodies(cache);
        expect(await renderBody(text, file, data)).toEqual(fresh);
        // Kept as it was rendered: Sets, lines and HTML alike.
        expect(keptRendering(cache, text, file, data)).toEqual(fresh);
        expect(await renderBody(text, file, data)).toEqual(fresh);
        if (otherText !== text) expect(keptRendering(cache, otherText, file, data)).toBeUndefined();
        expect(keptRendering(cache, text, file, { ...data, title: 'Une autre' })).toBeUndefined();
        expect(keptRendering({ ...cache, code: 'code 2' }, text, file, data)).toBeUndefined();
        const otherFile = pathToFileURL(join(folder, 'content', locale, 'another-release.md'));
        expect(keptRendering(cache, text, otherFile, data)).toBeUndefined();
      }),
      { numRuns: 25 },
    );
  });

  it('keeps French HTML in UTF-8, not at two bytes a character', async () => {
    const folder = newFolder();
    const cache: RenderedBodyCache = { folder: join(folder, 'rendered'), code: 'code' };
    const file = pathToFileURL(join(folder, 'content', 'fr', 'a-release.md'));
    keepRenderedBodies(cache);
    const { html } = await renderBody('L’Organisation a dit «\u00a0non\u00a0» jusqu’au bout.\n\n'.repeat(200), file);
    const [entry] = readdirSync(cache.folder);
    // Mostly ASCII with a ’ in every few words: about 1.1 bytes a character in UTF-8, 2 in UTF-16.
    expect(statSync(join(cache.folder, entry!)).size).toBeLessThan(html.length * 1.3);
  });

  it('renders again a kept file that cannot be read, and keeps the new rendering', async () => {
    const folder = newFolder();
    const cache: RenderedBodyCache = { folder: join(folder, 'rendered'), code: 'code' };
    const file = pathToFileURL(join(folder, 'content', 'fr', 'a-release.md'));
    keepRenderedBodies(cache);
    const first = await renderBody('Un texte.', file);
    const [entry] = readdirSync(cache.folder);
    writeFileSync(join(cache.folder, entry!), 'not what a build wrote');
    expect(keptRendering(cache, 'Un texte.', file, {})).toBeUndefined();
    expect(await renderBody('Un texte.', file)).toEqual(first);
    expect(keptRendering(cache, 'Un texte.', file, {})).toEqual(first);
  });

  it('forgets the renderings of files the content no longer has', async () => {
    const folder = newFolder();
    const cache: RenderedBodyCache = { folder: join(folder, 'rendered'), code: 'code' };
    const kept = pathToFileURL(join(folder, 'content', 'en', 'kept.md'));
    const deleted = pathToFileURL(join(folder, 'content', 'en', 'deleted.md'));
    keepRenderedBodies(cache);
    await renderBody('Kept.', kept);
    await renderBody('Deleted.', deleted);
    forgetOtherRenderings(cache, [kept]);
    expect(keptRendering(cache, 'Kept.', kept, {})).toBeDefined();
    expect(keptRendering(cache, 'Deleted.', deleted, {})).toBeUndefined();
    expect(readdirSync(cache.folder)).toHaveLength(1);
  });
});
