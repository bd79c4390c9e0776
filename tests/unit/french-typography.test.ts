import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fr } from '../../src/i18n/ui/fr.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import { frenchOrdinalParts, typesetFrench } from '../../src/typography/french.ts';
import { normaliseWords } from '../../src/typography/normalise-words.ts';
import { typesetText } from '../../src/typography/typeset.ts';

// The seeds' own French sentences: every paragraph and frontmatter line of content/fr/.
const seedSentences = readdirSync('content/fr')
  .filter((name) => name.endsWith('.md'))
  .flatMap((name) => readFileSync(`content/fr/${name}`, 'utf8').split(/\n+/))
  .map((line) => line.trim())
  .filter((line) => /\p{L}{3}/u.test(line) && !line.startsWith('---'));

/** A place a line may break: a breaking space (not U+00A0 nor U+202F). */
const breakableBefore = (text: string, mark: string) => new RegExp(`[ \\t\\n]${mark}`).test(text);

describe('French typography, over the seeds’ own sentences', () => {
  it('reads enough sentences to mean something', () => {
    expect(seedSentences.length).toBeGreaterThan(20);
    expect(seedSentences.some((sentence) => sentence.includes('«'))).toBe(true);
  });

  it('never lets a line begin with » ; : ! or ?: a narrow no-break space holds each to its word', () => {
    for (const sentence of seedSentences) {
      const set = typesetFrench(sentence);
      for (const mark of ['»', ';', '!', '\\?', ': ']) expect(breakableBefore(set, mark), set).toBe(false);
      expect(/«[ \t]/.test(set), set).toBe(false);
    }
    expect(typesetFrench('a déclaré : « Nous avons 196 pays » ; merci !')).toBe(
      'a déclaré\u202f: «\u202fNous avons 196 pays\u202f»\u202f; merci\u202f!',
    );
  });

  it('is idempotent: setting a text twice gives the text set once', () => {
    for (const sentence of seedSentences) expect(typesetFrench(typesetFrench(sentence))).toBe(typesetFrench(sentence));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ab1 2:;!?«»%'’\u00a0\u202f0".split('')) }), (text) => {
        expect(typesetFrench(typesetFrench(text))).toBe(typesetFrench(text));
      }),
    );
  });

  it('changes no word, so search and the content check read the same words before and after', () => {
    for (const sentence of seedSentences) expect(normaliseWords(typesetFrench(sentence))).toBe(normaliseWords(sentence));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ab1 2:;!?«»%'é0.".split('')) }), (text) => {
        expect(normaliseWords(typesetFrench(text))).toBe(normaliseWords(text));
      }),
    );
  });

  it('leaves times, addresses and numbers without a clause’s punctuation alone', () => {
    for (const text of ['à 10:30 précises', 'https://www.interpol.int/fr?q=1;a=2', 'mailto:presse@example.org', 'ratio 3:2', 'v2.0!x']) {
      expect(typesetFrench(text)).toBe(text);
    }
  });

  it('turns straight apostrophes between letters into typographic ones', () => {
    expect(typesetFrench("l'Intérieur d'INTERPOL aujourd'hui")).toBe('l’Intérieur d’INTERPOL aujourd’hui');
    for (const sentence of seedSentences) expect(typesetFrench(sentence), sentence).not.toMatch(/\p{L}'\p{L}/u);
  });

  it('keeps spaced thousands, percentages and units on one line', () => {
    expect(typesetFrench('3 000 agents, 1 234 567 euros, 50 %, 50%, 12 km, de 9 h à 18 h')).toBe(
      '3\u202f000 agents, 1\u202f234\u202f567 euros, 50\u202f%, 50\u202f%, 12\u00a0km, de 9\u00a0h à 18\u00a0h',
    );
    // A year then a count is two numbers, not one.
    expect(typesetFrench('en 2013 100 agents')).toBe('en 2013 100 agents');
  });

  it('raises the endings of 1er, 2e and XXIe, and never of Ce, Le or a lone letter', () => {
    const raised = (text: string) =>
      frenchOrdinalParts(text)
        .filter((part) => part.raised)
        .map((part) => part.text);
    expect(raised('le 1er janvier, la 2e édition, au XXIe siècle, la 1re fois')).toEqual(['er', 'e', 'e', 're']);
    expect(raised('Ce Le Ve le 1e 2er')).toEqual([]);
    expect(raised('au Ve siècle')).toEqual(['e']);
    expect(
      frenchOrdinalParts('le 1er mai')
        .map((part) => part.text)
        .join(''),
    ).toBe('le 1er mai');
  });
});

describe('every French UI string', () => {
  const t = useTranslations('fr');
  it('is set in French typography by t(), and keeps its words', () => {
    for (const key of Object.keys(fr) as (keyof typeof fr)[]) {
      if (key.startsWith('search.summary.')) continue; // Filled in the browser, with counts.
      // Every {placeholder} the string names gets a short value, so a string added later is tested too.
      const values = Object.fromEntries([...String(fr[key]).matchAll(/\{(\w+)\}/g)].map(([, name]) => [name, name === 'count' ? 2 : 'x']));
      const shown = t(key as Parameters<typeof t>[0], values);
      for (const mark of ['»', ';', '!', '\\?']) expect(breakableBefore(shown, mark), `${key}: ${shown}`).toBe(false);
      expect(shown, key).not.toMatch(/\p{L}'\p{L}/u);
    }
  });

  it('leaves English as it is written', () => {
    expect(typesetText("It's 10:30: done!", 'en')).toBe("It's 10:30: done!");
  });
});
