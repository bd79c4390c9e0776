import { localeToRecord, type Locale } from '../i18n/locales.ts';
import { shortenAtWord } from './release-summary.ts';

/** A list's teaser for a release without a standfirst: the first sentence of its first paragraph, as the language's rules cut sentences. */
export function textToFirstSentence(text: string, locale: Locale, length = 220): string {
  const segmenter = new Intl.Segmenter(localeToRecord(locale).intl, { granularity: 'sentence' });
  const first = segmenter.segment(text)[Symbol.iterator]().next();
  return shortenAtWord(first.done ? '' : first.value.segment, length);
}
