import type { ContentProblem } from '../content-reader/content-problem.ts';
import { locales, localeToRecord, type Locale } from '../i18n/locales.ts';
import { isPlainlyIn, textToSample } from './language-words.ts';

/** The detector's name for a language: its record's Intl tag without the region (`fr-FR` → `fr`). */
function localeToDetectorCode(locale: Locale): string {
  return localeToRecord(locale).intl.split('-')[0]!;
}

/** The detector, loaded on first use: its n-gram tables take about 0.35 s of CPU to load, which a folder of plainly written releases never needs. */
let detector: Promise<typeof import('eld/small').eld> | undefined;
function loadDetector() {
  detector ??= import('eld/small').then(({ eld }) => {
    // Only the site's languages compete: a text is judged against the folders it could belong in.
    eld.setLanguageSubset(locales.map(localeToDetectorCode));
    return eld;
  });
  return detector;
}

/**
 * Below this many characters of words a text says too little about its language: a
 * headline-length release, a list of names. Chosen from the fixtures' and seeds' shortest texts.
 */
export const minLanguageSample = 200;

/** Fewer different words than this in the sample, and the text is not judged. */
const minDistinctWords = 20;

/**
 * How many characters of words the detector reads. On the bench corpus, the seeds and the fixtures,
 * samples of 300, 450, 600 and 1,000 characters judged every text alike, and the closest margin of
 * a text in its own language stayed 0.10 to 0.11; 150 characters was no longer enough (0.03).
 */
export const languageSampleLength = 600;

/**
 * How far ahead the other language's score must be, as a share of its score, before a text is
 * refused. On the 22,500 generated releases of the bench corpus and on the seeds, every text was
 * recognised in its own language, the closest with a margin of 0.11; a text written in the other
 * language is ahead by 0.2 to 0.6. 0.15 refuses clear cases and leaves mixed ones alone.
 */
export const minLanguageMargin = 0.15;

/** The language a text looks written in, when the detector is confident; undefined when it is not or the text is short. */
export async function textToLocale(text: string): Promise<{ locale: Locale; margin: number } | undefined> {
  // The opening is what readers meet first, and a few lines of it say the language as surely as the whole.
  const sample = textToSample(text, languageSampleLength);
  if (sample.length < minLanguageSample) return undefined;
  // A sample of a few words repeated (markup, a list of codes) says nothing of a language, and is not worth loading the detector for.
  if (new Set(sample.toLowerCase().split(' ')).size < minDistinctWords) return undefined;
  const result = (await loadDetector()).detect(sample);
  const scores = result.getScores();
  const [best, second] = locales
    .map((locale) => ({ locale, score: scores[localeToDetectorCode(locale)] ?? 0 }))
    .sort((a, b) => b.score - a.score);
  if (!best || best.score === 0 || !result.isReliable()) return undefined;
  return { locale: best.locale, margin: (best.score - (second?.score ?? 0)) / best.score };
}

/** A release whose text is clearly in another of the site's languages than its folder's, unless marked `textLanguage: mixed`. */
export async function checkTextLanguage(
  file: { displayPath: string; locale: Locale },
  body: string,
  data: Record<string, unknown>,
  bodyLine: number,
): Promise<ContentProblem | undefined> {
  if (data['textLanguage'] === 'mixed') return undefined;
  // The detector costs a third of a millisecond a text: a text full of its own language's small words does not need it.
  if (isPlainlyIn(body, file.locale)) return undefined;
  const found = await textToLocale(body);
  if (!found || found.locale === file.locale || found.margin < minLanguageMargin) return undefined;
  const looks = localeToRecord(found.locale).englishName;
  const folder = localeToRecord(file.locale).englishName;
  return {
    file: file.displayPath,
    line: bodyLine,
    message: `this text looks written in ${looks}, but the file is in content/${file.locale}/, so the site would publish it as ${folder}: move the file to content/${found.locale}/ (the translation of a release shares its file name), or, if the text mixes languages on purpose (a bilingual release, a long quotation), add textLanguage: mixed to its frontmatter.`,
  };
}
