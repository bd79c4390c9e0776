import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { textToSlug } from '../../src/content-reader/file-names.ts';
import {
  elidedWords,
  foldTypography,
  normaliseText,
  queryToWords,
  textToAsciiHtml,
  textHasQueryWords,
  wordToForms,
} from '../../src/search/contract/normalise-text.ts';

const apostrophes = ["'", '’', 'ʼ', '‘', '´', '`'];
const spaces = [' ', '\u00a0', '\u202f', '\u2009', '\u2007'];
const dashes = ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212'];

describe('one normalisation for the index and the query', () => {
  it('finds a word after every French elision, whatever the apostrophe', () => {
    fc.assert(
      fc.property(fc.constantFrom(...elidedWords), fc.constantFrom(...apostrophes), fc.boolean(), (elided, apostrophe, upper) => {
        const text = `Un texte sur ${upper ? elided.toUpperCase() : elided}${apostrophe}Interface Public-Membres.`;
        expect(normaliseText(text)).toContain(`${elided} interface public membres`);
        expect(textHasQueryWords(text, queryToWords('interface'))).toBe(true);
        expect(textHasQueryWords(text, queryToWords(`${elided}${apostrophe}interface`))).toBe(true);
      }),
    );
  });

  it('drops the English possessive: INTERPOL’s is Interpol', () => {
    for (const apostrophe of apostrophes) expect(normaliseText(`INTERPOL${apostrophe}s work`)).toBe('interpol work');
  });

  it('folds case, accents, ligatures, spaces and dashes to one form', () => {
    expect(normaliseText('Vœux d’ÆSCHYLE à l’efficacité\u202f!')).toBe('voeux d aeschyle a l efficacite');
    for (const space of spaces) expect(normaliseText(`3${space}000 euros`)).toBe('3 000 euros');
    for (const dash of dashes) expect(normaliseText(`Public${dash}Membres`)).toBe('public membres');
  });

  it('keeps what the index shows readable: only typography is folded, not case or accents', () => {
    expect(foldTypography('« L’Œuvre »\u00a0— vœux')).toBe("« L'OEuvre » - voeux");
  });

  it('is stable: normalising normalised text changes nothing', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => {
        const once = normaliseText(text);
        expect(normaliseText(once)).toBe(once);
      }),
    );
  });

  it('never finds a word that is only a prefix of a word in the text', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{2,8}$/), fc.stringMatching(/^[a-z]{3,6}$/), (word, tail) => {
        fc.pre(!wordToForms(word).includes(word + tail));
        // No other word around it: "le" or "mots" would rightly be found in a sentence.
        expect(textHasQueryWords(`« ${word}${tail} ».`, [word])).toBe(false);
      }),
    );
    expect(textHasQueryWords('et la douane', queryToWords('éthique'))).toBe(false);
    expect(textHasQueryWords('M. Valls', queryToWords('Mikuriya'))).toBe(false);
  });

  it('finds a word under its singular and plural, without accents or capitals', () => {
    expect(textHasQueryWords('Les organisations internationales', queryToWords('Organisation'))).toBe(true);
    expect(textHasQueryWords('un journal', queryToWords('journaux'))).toBe(true);
    expect(textHasQueryWords('des organisés', queryToWords('organisation'))).toBe(false);
  });
});

describe('slugs follow the same rules as search', () => {
  it('writes ligatures out as the editing form does: Vœux becomes voeux', () => {
    expect(textToSlug('Vœux du Secrétaire général')).toBe('voeux-du-secretaire-general');
    expect(textToSlug('L’Interface Public–Membres')).toBe('l-interface-public-membres');
  });

  it('gives the words of the normalised text, joined by hyphens', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const slug = textToSlug(text);
        expect(slug).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
      }),
    );
  });
});

describe('titles the folded index copy keeps as written', () => {
  it('writes a backtick as a reference: folding would turn it into an apostrophe', () => {
    expect(textToAsciiHtml('l`équipe’s')).toBe('l&#96;&#233;quipe&#8217;s');
  });

  it('writes any text as ASCII HTML that folding leaves alone and a parser reads back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
        const html = textToAsciiHtml(text);
        expect(foldTypography(html)).toBe(html);
        expect(html).toMatch(/^[\x20-\x7e]*$/);
        expect(html).not.toMatch(/[<>"]/);
        const decoded = html.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
        expect(decoded).toBe(text);
      }),
    );
  });
});
