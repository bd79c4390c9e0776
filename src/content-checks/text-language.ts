import { eld } from 'eld/small';
import type { ContentProblem } from '../content-reader/content-problem.ts';
import { localeRecords } from '../i18n/locale-records.ts';
import type { Locale } from '../i18n/locales.ts';

eld.setLanguageSubset(['en', 'fr']);

/**
 * Below this many characters a text says too little about its language: a headline-length
 * release, a list of names. Chosen from the fixtures' and seeds' shortest texts.
 */
export const minLanguageSample = 200;

/**
 * How far ahead the other language's score must be, as a share of its score, before a text is
 * refused. On the 22,500 generated releases of the bench corpus and on the seeds, every text was
 * recognised in its own language, the closest with a margin of 0.11; a text written in the other
 * language is ahead by 0.2 to 0.6. 0.15 refuses clear cases and leaves mixed ones alone.
 */
export const minLanguageMargin = 0.15;

/** The language a text looks written in, when the detector is confident; undefined when it is not or the text is short. */
export function textToLocale(text: string): { locale: Locale; margin: number } | undefined {
  if (text.length < minLanguageSample) return undefined;
  // The detector reads 1,000 characters at most; the opening of the text is what readers meet first.
  const result = eld.detect(text.slice(0, 1000));
  const scores = result.getScores();
  const en = scores['en'] ?? 0;
  const fr = scores['fr'] ?? 0;
  const top = Math.max(en, fr);
  if (top === 0 || !result.isReliable()) return undefined;
  return { locale: en >= fr ? 'en' : 'fr', margin: Math.abs(en - fr) / top };
}

/** A release whose text is clearly in the other language than its folder's, unless marked `textLanguage: mixed`. */
export function checkTextLanguage(
  file: { displayPath: string; locale: Locale },
  body: string,
  data: Record<string, unknown>,
  bodyLine: number,
): ContentProblem | undefined {
  if (data['textLanguage'] === 'mixed') return undefined;
  const found = textToLocale(body);
  if (!found || found.locale === file.locale || found.margin < minLanguageMargin) return undefined;
  const looks = localeRecords[found.locale].englishName;
  const folder = localeRecords[file.locale].englishName;
  return {
    file: file.displayPath,
    line: bodyLine,
    message: `this text looks written in ${looks}, but the file is in content/${file.locale}/, so the site would publish it as ${folder}: move the file to content/${found.locale}/ (the translation of a release shares its file name), or, if the text mixes languages on purpose (a bilingual release, a long quotation), add textLanguage: mixed to its frontmatter.`,
  };
}
