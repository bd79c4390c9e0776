/**
 * Writes the words of synthetic releases: Zipf-distributed words with names, numbers,
 * quotations and places, in English or in French.
 */
import { cities, firstNames, lastNames, vocabulary, type CorpusLocale } from './corpus-words.ts';
import { zipfSampler, type Random } from './random.ts';

const vocabularySize = 20_000;

const said: Record<CorpusLocale, (name: string) => string> = {
  en: (name) => `said ${name}`,
  fr: (name) => `a déclaré ${name}`,
};
const quoteMarks: Record<CorpusLocale, [string, string]> = { en: ['“', ',”'], fr: ['« ', ' »,'] };

export interface ReleaseWriter {
  /** The word ranked `rank` by frequency (0 is the most frequent): the bench searches for known words. */
  wordAt(rank: number): string;
  title(): string;
  sentence(): string;
  paragraph(): string;
  /** Several paragraphs separated by blank lines, some of them quotations. */
  body(): string;
  name(): string;
  city(): string;
}

export function releaseWriter(locale: CorpusLocale, random: Random): ReleaseWriter {
  const words = vocabulary(locale, vocabularySize, random);
  const nextRank = zipfSampler(words.length, random);
  const name = () => `${random.pick(firstNames)} ${random.pick(lastNames)}`;
  // Releases repeat a few kinds of numbers: years, small counts, round large figures.
  const number = () => {
    const roll = random();
    if (roll < 0.4) return String(random.between(1990, 2024));
    if (roll < 0.8) return String(random.between(2, 200));
    return `${random.between(1, 99) * 1_000}`.replace(/\B(?=(\d{3})+$)/g, locale === 'en' ? ',' : '\u202f');
  };
  const clause = (count: number) =>
    Array.from({ length: count }, () => {
      const roll = random();
      if (roll < 0.025) return name();
      if (roll < 0.05) return number();
      return words[nextRank()]!;
    }).join(' ');
  const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  const sentence = () => `${capitalise(clause(random.between(8, 26)))}.`;
  const paragraph = () => Array.from({ length: random.between(2, 6) }, sentence).join(' ');
  const quotation = () => {
    const [open, close] = quoteMarks[locale];
    return `${open}${capitalise(clause(random.between(12, 30)))}${close} ${said[locale](name())}.`;
  };

  return {
    wordAt: (rank) => words[rank]!,
    title: () => capitalise(clause(random.between(6, 14))),
    sentence,
    paragraph,
    body: () => Array.from({ length: random.between(5, 16) }, () => (random() < 0.2 ? quotation() : paragraph())).join('\n\n'),
    name,
    city: () => random.pick(cities),
  };
}
