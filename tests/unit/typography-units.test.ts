import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldTypography } from '../../src/search/contract/normalise-text.ts';
import {
  fieldToTypographyMap,
  textToTypographyUnits,
  typesetExcerpt,
  typographyUnitsToField,
  type ExcerptRun,
} from '../../src/search/contract/typography-units.ts';
import { fillTypographyField, indexedArticle, releaseHtmlToIndexedText } from '../../src/search/build/typography-field.ts';

/** The text of runs, and the marked parts alone. */
const textOf = (runs: readonly ExcerptRun[]) => runs.map((run) => run.text).join('');
const markedOf = (runs: readonly ExcerptRun[]) => runs.filter((run) => run.marked).map((run) => run.text);
/** What Pagefind's excerpt holds of a text: its typography folded, every space plain. */
const asIndexed = (text: string) => foldTypography(text);
const plainSpaces = (text: string) => text.replace(/[\u00a0\u202f\u2009\u2007]/g, ' ');

/** A French sentence as the site sets it, and its index excerpt with "interface" and "vœux" matched. */
const written = 'Les vœux de l’Interface Public‑Membres\u202f: «\u202fl’œuvre d’INTERPOL’s\u202f» – 10\u00a0000 agents\u00a0!';
const runsOf = (text: string, marked: readonly string[]): ExcerptRun[] =>
  text.split(/(\S+)/).flatMap((part) => {
    if (part === '') return [];
    const word = marked.find((candidate) => part.includes(candidate));
    if (!word) return [{ text: part, marked: false }];
    const at = part.indexOf(word);
    return [
      { text: part.slice(0, at), marked: false },
      { text: word, marked: true },
      { text: part.slice(at + word.length), marked: false },
    ].filter((run) => run.text !== '');
  });

describe('excerpts shown as the release writes them', () => {
  it('puts back ’, œ, « », dashes and non-breaking spaces, marks on the same letters', () => {
    const map = fieldToTypographyMap(typographyUnitsToField(textToTypographyUnits(written)));
    const shown = typesetExcerpt(runsOf(asIndexed(written), ['Interface', 'voeux']), map);
    expect(textOf(shown)).toBe(written);
    expect(markedOf(shown)).toEqual(['vœux', 'Interface']);
  });

  it('keeps a word that folding does not change, and one the field does not know, as the index has it', () => {
    const map = fieldToTypographyMap(typographyUnitsToField(textToTypographyUnits('l’avion')));
    expect(textOf(typesetExcerpt([{ text: "l'avion et l'autre", marked: false }], map))).toBe("l’avion et l'autre");
    expect(typesetExcerpt([], map)).toEqual([]);
  });

  it('an excerpt cut inside a sentence still gets its words back', () => {
    const map = fieldToTypographyMap(typographyUnitsToField(textToTypographyUnits(written)));
    const cut = asIndexed(written).split(' ').slice(4, 9).join(' ');
    expect(textOf(typesetExcerpt([{ text: cut, marked: false }], map))).toBe('Public‑Membres\u202f: «\u202fl’œuvre d’INTERPOL’s');
  });

  it('restores every generated text exactly, whatever its words and spaces, and never moves a mark', () => {
    const letters = fc.constantFrom('a', 'é', 'L', 'œ', 'Æ', 'x', '’', "'", '‑', '–', '«', '»', ':', '1', '😀', '\\', 'u');
    const word = fc.array(letters, { minLength: 1, maxLength: 6 }).map((characters) => characters.join(''));
    const separator = fc.constantFrom(' ', '\u00a0', '\u202f', '\u2009');
    fc.assert(
      fc.property(fc.array(fc.tuple(word, separator, fc.boolean()), { minLength: 1, maxLength: 12 }), (parts) => {
        // A page writes a word one way: keep the first spelling of each folded word, and its first separator.
        const seen = new Map<string, [string, string]>();
        for (const [text, space] of parts) if (!seen.has(foldTypography(text))) seen.set(foldTypography(text), [text, space]);
        const chosen = parts.map(([text, , marked]) => [...seen.get(foldTypography(text))!, marked] as const);
        const page = chosen.map(([text, space]) => `${text}${space}`).join('');
        const runs = chosen.flatMap(([text, , marked]) => [
          { text: asIndexed(text), marked },
          { text: ' ', marked: false },
        ]);
        // Pagefind makes every space of a metadata value plain: the field must survive that.
        const stored = typographyUnitsToField(textToTypographyUnits(page)).replace(/\s/g, ' ');
        const shown = typesetExcerpt(runs, fieldToTypographyMap(stored));
        expect(plainSpaces(textOf(shown))).toBe(plainSpaces(page));
        expect(asIndexed(textOf(shown))).toBe(asIndexed(page));
        expect(markedOf(shown).map(asIndexed)).toEqual(
          mergeAdjacent(runs)
            .filter((run) => run.marked)
            .map((run) => run.text),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('stores units apart by plain spaces, which no unit holds, and each once', () => {
    const units = textToTypographyUnits(`${written} ${written}`);
    expect(new Set(units).size).toBe(units.length);
    for (const unit of units) expect(unit).not.toMatch(/[ \t\n]/);
    expect(units).toContain('l’Interface');
    expect(units).toContain('«\u202f');
  });
});

/** Runs merged where two neighbours are both marked or both not, as typesetExcerpt returns them. */
function mergeAdjacent(runs: readonly ExcerptRun[]): ExcerptRun[] {
  const merged: ExcerptRun[] = [];
  for (const run of runs) {
    const last = merged.at(-1);
    if (last && last.marked === run.marked) last.text += run.text;
    else merged.push({ ...run });
  }
  return merged;
}

describe('the typography field the search build fills', () => {
  const page = (article: string) =>
    `<html lang="fr"><body><header>l’en-tête</header>${indexedArticle}<div hidden data-pagefind-ignore><span data-pagefind-meta="typography"></span></div>${article}</article><footer>d’ailleurs</footer></body></html>`;

  it('reads the indexed article only, block elements apart and inline ones joined, references decoded', () => {
    const text = releaseHtmlToIndexedText(page('<p>l’<em>Interface</em></p><p>R&amp;D&#8217;s vœux</p><!-- l’note -->'));
    expect(text.replace(/\s+/g, ' ').trim()).toBe('l’Interface R&D’s vœux');
  });

  it('fills the field in ASCII references, so folding the page keeps the units as written', () => {
    const filled = fillTypographyField(page('<p>Les vœux de l’Interface\u202f!</p>'), 'fr/x/index.html');
    const folded = foldTypography(filled);
    const field = /data-pagefind-meta="typography">([^<]*)</.exec(folded)?.[1] ?? '';
    expect(field).toMatch(/^[\x20-\x7e]*$/);
    const decoded = field.replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)));
    expect(decoded.split(' ')).toEqual(['vœux', 'l’Interface\\u202f']);
    expect([...fieldToTypographyMap(decoded).values()]).toEqual(['vœux', 'l’Interface\u202f']);
  });

  it('refuses a release page without the empty field, naming the file', () => {
    expect(() => fillTypographyField(`${indexedArticle}<p>x</p></article>`, 'fr/x/index.html')).toThrow(/fr\/x\/index.html/);
    expect(fillTypographyField('<p>no indexed part</p>', 'fr/y/index.html')).toBe('<p>no indexed part</p>');
    // A withdrawn release, out of the index, whose text names the attribute: its words are not markup.
    const withdrawn = '<article class="release"><p>The data-pagefind-body attribute</p></article>';
    expect(fillTypographyField(withdrawn, 'en/z/index.html')).toBe(withdrawn);
  });
});
