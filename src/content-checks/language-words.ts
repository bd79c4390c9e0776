import { localesOtherThan, localeToRecord, type Locale } from '../i18n/locales.ts';
import { isWhiteSpace } from './white-space.ts';

/** A language's small words (its record's `functionWords`), and those of the site's other languages, as sets made once. */
interface FunctionWords {
  own: ReadonlySet<string>;
  others: ReadonlySet<string>;
  /** The longest of them all: a longer word is none of them, and is not cut out of the text to be looked up. */
  longest: number;
}

const functionWordSets = new Map<Locale, FunctionWords>();

function functionWordsOf(locale: Locale): FunctionWords {
  let words = functionWordSets.get(locale);
  if (!words) {
    const own = new Set(localeToRecord(locale).functionWords ?? []);
    // One set for every other language: a word is counted once however many of them share it, and one lookup is cheaper than one per language.
    const others = new Set(localesOtherThan(locale).flatMap((other) => localeToRecord(other).functionWords ?? []));
    const longest = Math.max(0, ...[...own, ...others].map((word) => word.length));
    functionWordSets.set(locale, (words = { own, others, longest }));
  }
  return words;
}

/** How many words of a text's opening are read: enough for a dozen of its language's small words, few enough to cost nothing. */
const openingWords = 100;

/** The words of a text (letters and apostrophes), without the Markdown or HTML punctuation around them. */
export function* textToWords(text: string): Generator<string> {
  for (const match of text.matchAll(/[\p{L}\p{M}]+(?:[’'][\p{L}\p{M}]+)*/gu)) yield match[0];
}

/**
 * Whether a text's opening is plainly in `locale`: many of its small words and few of the other
 * languages'. A language whose record lists no small words is never plainly anything. On the seeds and the 22,500 generated releases of the bench corpus every release
 * passes this; a text in the other language, or one too short to say, goes to the detector.
 * Small words stand between spaces, so splitting at spaces finds them, at a tenth of the cost of
 * reading every word out of 20,000 files.
 */
export function isPlainlyIn(text: string, locale: Locale): boolean {
  const { own: ownWords, others: otherWords, longest } = functionWordsOf(locale);
  if (ownWords.size === 0) return false;
  const opening = text.slice(0, openingWords * 12).toLowerCase();
  let own = 0;
  let others = 0;
  let words = 0;
  let start = 0;
  // The words of `opening.split(/\s+/, openingWords)`, read in place: only those short enough to be small words are cut out.
  for (let at = 0; at <= opening.length && words < openingWords; at++) {
    if (at < opening.length && !isWhiteSpace(opening.charCodeAt(at))) continue;
    words++;
    if (at - start <= longest) {
      const word = opening.slice(start, at);
      if (ownWords.has(word)) own++;
      else if (otherWords.has(word)) others++;
    }
    while (at + 1 < opening.length && isWhiteSpace(opening.charCodeAt(at + 1))) at++;
    start = at + 1;
  }
  return own >= 8 && others * 4 <= own;
}

/** The opening words of a text, up to about `length` characters, joined by spaces: what the detector reads. */
export function textToSample(text: string, length: number): string {
  let sample = '';
  for (const word of textToWords(text)) {
    if (sample.length >= length) break;
    sample += sample === '' ? word : ` ${word}`;
  }
  return sample;
}
