import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { releaseIdentity } from '../../src/content-checks/duplicate-releases.ts';
import { isPlainlyIn } from '../../src/content-checks/language-words.ts';
import { locales, localesOtherThan, localeToRecord } from '../../src/i18n/locales.ts';
import { mayHoldUnwantedCharacter, unwantedCharacter } from '../../src/content-reader/unwanted-characters.ts';
import { checkFixture } from './support/check-fixture.ts';

describe('content check: what the page would lose or readers could not use', () => {
  it('refuses a second page title written in Markdown (# or a line of ===), wherever it sits', async () => {
    expect(await checkFixture('top-level-heading')).toMatchInlineSnapshot(`
      [
        "content/en/closed-and-quoted.md:10: this is a top-level heading (# … or a line underlined with ===), a second title on the page: the release title is its only one. Write ## for a section heading (or underline it with ---).",
        "content/en/closed-and-quoted.md:12: this is a top-level heading (# … or a line underlined with ===), a second title on the page: the release title is its only one. Write ## for a section heading (or underline it with ---).",
        "content/en/hash-heading.md:8: this is a top-level heading (# … or a line underlined with ===), a second title on the page: the release title is its only one. Write ## for a section heading (or underline it with ---).",
        "content/en/underlined-heading.md:10: this is a top-level heading (# … or a line underlined with ===), a second title on the page: the release title is its only one. Write ## for a section heading (or underline it with ---).",
      ]
    `);
  });

  it('refuses footnotes nothing refers to, which the site leaves out of the page', async () => {
    expect(await checkFixture('unused-footnote')).toMatchInlineSnapshot(`
      [
        "content/en/unused-footnotes.md:11: this footnote ([^2]: …) is never referred to in the text, so the site leaves it out of the page: add [^2] where it belongs in the text, or remove the footnote.",
        "content/en/unused-footnotes.md:13: this footnote ([^Note]: …) is never referred to in the text, so the site leaves it out of the page: add [^Note] where it belongs in the text, or remove the footnote.",
        "content/fr/notes-orphelines.md:11: this footnote ([^orpheline]: …) is never referred to in the text, so the site leaves it out of the page: add [^orpheline] where it belongs in the text, or remove the footnote.",
      ]
    `);
  });

  it('checks links written with the site’s full address like paths, and refuses development addresses and links without text', async () => {
    expect(await checkFixture('link-targets')).toMatchInlineSnapshot(`
      [
        "content/en/development-links.md:8: the link http://localhost:4321/en/news/x/ leads to localhost, an address on your own computer or office network that readers cannot reach: link to the published page (https://…), or to a page of this site (/en/…, /fr/…).",
        "content/en/development-links.md:10: the link http://127.0.0.1/ leads to 127.0.0.1, an address on your own computer or office network that readers cannot reach: link to the published page (https://…), or to a page of this site (/en/…, /fr/…).",
        "content/en/development-links.md:12: the link http://2130706433/ leads to 127.0.0.1, an address on your own computer or office network that readers cannot reach: link to the published page (https://…), or to a page of this site (/en/…, /fr/…).",
        "content/en/development-links.md:14: the link http://[::1]:8080/ leads to [::1], an address on your own computer or office network that readers cannot reach: link to the published page (https://…), or to a page of this site (/en/…, /fr/…).",
        "content/en/development-links.md:16: the link http://0.0.0.0/ leads to 0.0.0.0, an address on your own computer or office network that readers cannot reach: link to the published page (https://…), or to a page of this site (/en/…, /fr/…).",
        "content/en/development-links.md:18: the link https://192.168.1.20/report.pdf leads to 192.168.1.20, an address on your own computer or office network that readers cannot reach: link to the published page (https://…), or to a page of this site (/en/…, /fr/…).",
        "content/en/development-links.md:20: the link http://10.1.2.3/ leads to 10.1.2.3, an address on your own computer or office network that readers cannot reach: link to the published page (https://…), or to a page of this site (/en/…, /fr/…).",
        "content/en/development-links.md:22: the link http://172.20.0.5/ leads to 172.20.0.5, an address on your own computer or office network that readers cannot reach: link to the published page (https://…), or to a page of this site (/en/…, /fr/…).",
        "content/en/development-links.md:24: the link http://printer.local/ leads to printer.local, an address on your own computer or office network that readers cannot reach: link to the published page (https://…), or to a page of this site (/en/…, /fr/…).",
        "content/en/development-links.md:26: the link https://wiki.internal/page leads to wiki.internal, an address on your own computer or office network that readers cannot reach: link to the published page (https://…), or to a page of this site (/en/…, /fr/…).",
        "content/en/development-links.md:28: the link http://169.254.1.1/ leads to 169.254.1.1, an address on your own computer or office network that readers cannot reach: link to the published page (https://…), or to a page of this site (/en/…, /fr/…).",
        "content/en/development-links.md:30: the link http://intranet/ leads to intranet, an address on your own computer or office network that readers cannot reach: link to the published page (https://…), or to a page of this site (/en/…, /fr/…).",
        "content/en/nameless-links.md:8: the link to https://www.interpol.int/ has no text readers can see or hear (it is empty, blank, or an image without a description): write the words that say where it leads, [Annual report](…), or describe the image, [![Annual report cover](…)](…).",
        "content/en/nameless-links.md:10: the link to https://www.interpol.int/a has no text readers can see or hear (it is empty, blank, or an image without a description): write the words that say where it leads, [Annual report](…), or describe the image, [![Annual report cover](…)](…).",
        "content/en/nameless-links.md:12: the link to https://www.interpol.int/b has no text readers can see or hear (it is empty, blank, or an image without a description): write the words that say where it leads, [Annual report](…), or describe the image, [![Annual report cover](…)](…).",
        "content/en/nameless-links.md:14: the link to https://www.interpol.int/c has no text readers can see or hear (it is empty, blank, or an image without a description): write the words that say where it leads, [Annual report](…), or describe the image, [![Annual report cover](…)](…).",
        "content/en/own-site-links.md:8: the link https://newsroom.example.org/en/news/no-such-release/ points nowhere: there is no release content/en/no-such-release.md. Check the slug (the file name without .md) and the language.",
        "content/en/own-site-links.md:10: the link http://www.newsroom.example.org/en/news/gone/?from=mail#top points nowhere: there is no release content/en/gone.md. Check the slug (the file name without .md) and the language.",
        "content/en/own-site-links.md:12: the link HTTPS://NEWSROOM.EXAMPLE.ORG/en/news/missing/ points nowhere: there is no release content/en/missing.md. Check the slug (the file name without .md) and the language.",
      ]
    `);
  });

  it('refuses a link written in HTML with no text (empty, blank, or an image without a description), in English and in French', async () => {
    expect(await checkFixture('nameless-html-links')).toMatchInlineSnapshot(`
      [
        "content/en/html-links.md:8: the link to /en/ has no text readers can see or hear (it is empty, blank, or an image without a description): write the words that say where it leads, <a href="…">Annual report</a>, or describe the image, <img src="…" alt="Annual report cover">.",
        "content/en/html-links.md:10: the link to https://www.interpol.int/a has no text readers can see or hear (it is empty, blank, or an image without a description): write the words that say where it leads, <a href="…">Annual report</a>, or describe the image, <img src="…" alt="Annual report cover">.",
        "content/en/html-links.md:12: the link to https://www.interpol.int/b has no text readers can see or hear (it is empty, blank, or an image without a description): write the words that say where it leads, <a href="…">Annual report</a>, or describe the image, <img src="…" alt="Annual report cover">.",
        "content/en/html-links.md:14: the link to https://www.interpol.int/c has no text readers can see or hear (it is empty, blank, or an image without a description): write the words that say where it leads, <a href="…">Annual report</a>, or describe the image, <img src="…" alt="Annual report cover">.",
        "content/en/html-links.md:16: the link to https://www.interpol.int/d has no text readers can see or hear (it is empty, blank, or an image without a description): write the words that say where it leads, [Annual report](…), or describe the image, [![Annual report cover](…)](…).",
        "content/fr/liens-html.md:8: the link to /fr/ has no text readers can see or hear (it is empty, blank, or an image without a description): write the words that say where it leads, <a href="…">Annual report</a>, or describe the image, <img src="…" alt="Annual report cover">.",
      ]
    `);
  });

  it('refuses private-use characters, titles made of invisible characters, and a release with no text', async () => {
    expect(await checkFixture('invisible-text')).toMatchInlineSnapshot(`
      [
        "content/en/invisible-title.md:2 (title): "title" has no character readers can see (only spaces or invisible characters, such as a zero-width space pasted with it): write the words readers should see.",
        "content/en/invisible-title.md:6 (standfirst): "standfirst" has no character readers can see (only spaces or invisible characters, such as a zero-width space pasted with it): write the words readers should see.",
        "content/en/no-text.md:6: this release has no text: write it below the frontmatter (the closing --- line), or remove the file if it was created by mistake.",
        "content/en/word-bullets.md:10: a private-use character (U+F0B7) is in column 1, which readers see as an empty box: it often comes from a bullet or symbol pasted from Word. Delete it; for a list, start each line with "- ".",
        "content/en/word-bullets.md:12: a private-use character (U+F0001) is in column 1, which readers see as an empty box: it often comes from a bullet or symbol pasted from Word. Delete it; for a list, start each line with "- ".",
      ]
    `);
  });

  it('finds bytes that are not UTF-8 with the platform’s own decoder, on their line', async () => {
    expect(await checkFixture('broken-utf8')).toMatchInlineSnapshot(`
      [
        "content/en/cut-short.md:10: this file is not saved as UTF-8 text (this line has a character in another encoding, such as Windows-1252 or Latin-1): save the file again with the encoding "UTF-8" in your editor.",
        "content/en/encoded-surrogate.md:10: this file is not saved as UTF-8 text (this line has a character in another encoding, such as Windows-1252 or Latin-1): save the file again with the encoding "UTF-8" in your editor.",
        "content/en/overlong.md:12: this file is not saved as UTF-8 text (this line has a character in another encoding, such as Windows-1252 or Latin-1): save the file again with the encoding "UTF-8" in your editor.",
      ]
    `);
  });
});

describe('content check: a release in the wrong language for its folder', () => {
  it('refuses a text clearly in the other language, and leaves short texts and releases marked textLanguage: mixed alone', async () => {
    expect(await checkFixture('wrong-language')).toMatchInlineSnapshot(`
      [
        "content/en/french-in-english-folder.md:8: this text looks written in French, but the file is in content/en/, so the site would publish it as English: move the file to content/fr/ (the translation of a release shares its file name), or, if the text mixes languages on purpose (a bilingual release, a long quotation), add textLanguage: mixed to its frontmatter.",
        "content/fr/english-in-french-folder.md:8: this text looks written in English, but the file is in content/fr/, so the site would publish it as French: move the file to content/en/ (the translation of a release shares its file name), or, if the text mixes languages on purpose (a bilingual release, a long quotation), add textLanguage: mixed to its frontmatter.",
      ]
    `);
  });
});

describe('content check: the same release filed twice', () => {
  it('refuses two files of one language with the same title or the same text (case, spacing and line breaks aside), naming each other, and leaves texts that only open and close alike', async () => {
    expect(await checkFixture('duplicate-release')).toMatchInlineSnapshot(`
      [
        "content/en/summit-day-two.md:8: this release has the same text as content/en/summit-opens-in-lyon.md, content/en/summit-opens.md, so the site would publish it twice, at two addresses: if it is the same release, keep one file (the one already published) and delete the other; if they are different releases, give each its own text.",
        "content/en/summit-opens-in-lyon.md:2 (title): this release has the same title as content/en/summit-opens.md, so the site would publish it twice, at two addresses: if it is the same release, keep one file (the one already published) and delete the other; if they are different releases, give each its own title.",
        "content/en/summit-opens-in-lyon.md:8: this release has the same text as content/en/summit-day-two.md, content/en/summit-opens.md, so the site would publish it twice, at two addresses: if it is the same release, keep one file (the one already published) and delete the other; if they are different releases, give each its own text.",
        "content/en/summit-opens.md:2 (title): this release has the same title as content/en/summit-opens-in-lyon.md, so the site would publish it twice, at two addresses: if it is the same release, keep one file (the one already published) and delete the other; if they are different releases, give each its own title.",
        "content/en/summit-opens.md:8: this release has the same text as content/en/summit-day-two.md, content/en/summit-opens-in-lyon.md, so the site would publish it twice, at two addresses: if it is the same release, keep one file (the one already published) and delete the other; if they are different releases, give each its own text.",
        "content/en/working-group-day-two.md:8: this release has the same text as content/en/working-group-second-day.md, so the site would publish it twice, at two addresses: if it is the same release, keep one file (the one already published) and delete the other; if they are different releases, give each its own text.",
        "content/en/working-group-second-day.md:8: this release has the same text as content/en/working-group-day-two.md, so the site would publish it twice, at two addresses: if it is the same release, keep one file (the one already published) and delete the other; if they are different releases, give each its own text.",
        "content/fr/sommet-deuxieme-jour.md:2 (title): this release has the same title as content/fr/sommet-ouvert.md, so the site would publish it twice, at two addresses: if it is the same release, keep one file (the one already published) and delete the other; if they are different releases, give each its own title.",
        "content/fr/sommet-ouvert.md:2 (title): this release has the same title as content/fr/sommet-deuxieme-jour.md, so the site would publish it twice, at two addresses: if it is the same release, keep one file (the one already published) and delete the other; if they are different releases, give each its own title.",
      ]
    `);
  });
});

describe('the quick test for unwanted characters', () => {
  it('flags every text in which the precise pattern finds one, so skipping the others loses nothing', () => {
    const unwanted = new RegExp(unwantedCharacter.source, 'u');
    const edges = fc.constantFrom(
      '\uf0b7',
      '\ue000',
      '\uf8ff',
      '\u{f0000}',
      '\u{10fffd}',
      '\u{1fffe}',
      '\u{2ffff}',
      '\u{1fffd}',
      '\u{efffe}',
      '\r',
      '\r\n',
      '\u202e',
      'é',
      '’',
      '\u00a0',
      '🙂',
    );
    const text = fc.array(fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }), edges)).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (sample) => {
        if (unwanted.test(sample)) expect(mayHoldUnwantedCharacter.test(sample)).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });
});

describe('the sketch that groups texts before they are compared whole', () => {
  it('is the same for two copies of a text that differ only in case, spacing and line breaks', () => {
    const word = fc.stringMatching(/^[a-zéèàçœùâêîôû’«»0-9,.]{1,12}$/);
    const space = fc.constantFrom(' ', '  ', '\n', '\r\n', '\n\n', '\t', '\u00a0', '\u202f', ' \n ');
    const copies = fc
      .array(fc.tuple(word, space, space, fc.boolean()), { minLength: 1, maxLength: 300 })
      .map((parts) => [
        parts.map(([text, first]) => `${text}${first}`).join(''),
        parts.map(([text, , second, upper]) => `${upper ? text.toUpperCase() : text}${second}`).join(''),
      ]);
    fc.assert(
      fc.property(copies, ([one, other]) => {
        expect(releaseIdentity(undefined, () => 1, one ?? '', 1).bodySketch).toBe(
          releaseIdentity(undefined, () => 1, other ?? '', 1).bodySketch,
        );
      }),
      { numRuns: 500 },
    );
  });
});

describe('the small-words test that spares most texts the language detector', () => {
  it('reads the same words as splitting the opening at every run of spaces, whatever the spacing', () => {
    // The plain reading it replaces: the first hundred pieces of the opening split at spaces, looked up as they are.
    const byPieces = (text: string, locale: string) => {
      const own = new Set(localeToRecord(locale).functionWords ?? []);
      const others = new Set(localesOtherThan(locale).flatMap((other) => localeToRecord(other).functionWords ?? []));
      const pieces = text.slice(0, 1200).toLowerCase().split(/\s+/, 100);
      const ownCount = pieces.filter((piece) => own.has(piece)).length;
      const otherCount = pieces.filter((piece) => !own.has(piece) && others.has(piece)).length;
      return own.size > 0 && ownCount >= 8 && otherCount * 4 <= ownCount;
    };
    const smallWords = locales.flatMap((locale) => localeToRecord(locale).functionWords ?? []);
    const word = fc.oneof(
      fc.constantFrom(...smallWords),
      fc.constantFrom(...smallWords).map((small) => small.toUpperCase()),
      fc.string({ maxLength: 9 }),
    );
    const space = fc.constantFrom(' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u202f', '\u2028', '\ufeff', ' \n ');
    const text = fc.array(fc.tuple(space, word), { maxLength: 160 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, fc.constantFrom(...locales), fc.boolean(), (sample, locale, trimmed) => {
        const written = trimmed ? sample.trimStart() : sample;
        expect(isPlainlyIn(written, locale)).toBe(byPieces(written, locale));
      }),
      { numRuns: 2000 },
    );
  });
});
