import { localeToRecord, type Locale } from '../i18n/locales.ts';
import { shortenAtWord } from './release-summary.ts';

// A "sentence" that ends on an initial or a title ("M.", "K.", "Mme.") has not ended: Intl cuts there.
const endsOnAbbreviation = /(?:^|\s)\p{Lu}\p{Ll}{0,2}\.\s*$/u;

/** A list's teaser for a release without a standfirst: the first sentence of its first paragraph, as the language's rules cut sentences. */
export function textToFirstSentence(text: string, locale: Locale, length = 220): string {
  const segmenter = new Intl.Segmenter(localeToRecord(locale).intl, { granularity: 'sentence' });
  let sentence = '';
  for (const { segment } of segmenter.segment(text)) {
    sentence += segment;
    if (!endsOnAbbreviation.test(sentence)) break;
  }
  return shortenAtWord(sentence, length);
}
