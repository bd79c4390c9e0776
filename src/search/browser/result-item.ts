import { formatPartialDate } from '../../i18n/format-date.ts';
import type { DateRecord } from '../../i18n/locale-record.ts';
import { indexedDateToPartialDate } from '../contract/index-fields.ts';
import type { ReleaseResult } from './release-results.ts';
import { typographyMetaKey } from '../contract/typography-units.ts';
import { excerptNodes } from './safe-excerpt.ts';

/** How a result is named for a reader: the release type's label and "In French"-style language notes. */
export interface ResultLabels {
  /** The reader's language code. */
  reader: string;
  /** How the reader's language writes dates (from the page: the browser imports no language). */
  dates: DateRecord;
  typeLabel(type: string): string;
  languageNote(language: string): string;
  /** "Also in French": the release's other versions. */
  alsoInNote(language: string): string;
  /** "exact date not known" and the like, as the news lists write them. */
  precisionNote(precision: 'month' | 'year'): string | undefined;
}

function element<Tag extends keyof HTMLElementTagNameMap>(
  tag: Tag,
  className: string,
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[Tag] {
  const made = document.createElement(tag);
  made.className = className;
  made.append(...children);
  return made;
}

/** "2024 (exact date not known)": a date only as precise as the release gives it, written as the lists write it. */
function describeDate(indexedDate: string | undefined, labels: ResultLabels): string {
  const date = indexedDateToPartialDate(indexedDate ?? '');
  if (!date) return '';
  const note = date.precision === 'day' ? undefined : labels.precisionNote(date.precision);
  return `${formatPartialDate(date, labels.dates)}${note ? ` (${note})` : ''}`;
}

/**
 * One search result: title link, "date · type" (with "· In French" when that is not the reader's
 * language, "· Also in French" for the release's other versions), and the excerpt. Every value from
 * the index is set as text (a release title may contain `<`), and the link and excerpt carry the
 * release's language.
 */
export function resultItem({ data, otherVersions }: ReleaseResult, labels: ResultLabels): HTMLLIElement {
  const language = data.meta.language ?? labels.reader;
  const link = element('a', 'search-result-link', [data.meta.title ?? data.url]);
  link.href = data.url;
  link.lang = language;
  link.hreflang = language;
  const details = [describeDate(data.meta.date, labels), data.meta.type ? labels.typeLabel(data.meta.type) : ''].filter(Boolean);
  const meta = element('p', 'search-result-meta', [details.join(' · ')]);
  // Only a result in another language says which language it is in: the rest are in the reader's.
  if (language !== labels.reader) meta.append(' · ', element('strong', 'search-result-language', [labels.languageNote(language)]));
  for (const other of otherVersions) meta.append(' · ', element('span', 'search-result-also', [labels.alsoInNote(other)]));
  const content = element('div', 'search-result-content', [element('p', 'search-result-title', [link]), meta]);
  if (data.excerpt) {
    const excerpt = element('p', 'search-result-excerpt', excerptNodes(data.excerpt, data.meta[typographyMetaKey] ?? ''));
    excerpt.lang = language;
    content.append(excerpt);
  }
  const item = element('li', 'search-result');
  if (data.meta.image) {
    // Decorative: the title beside it says what the result is. Sized, so the list never jumps as it loads.
    const image = element('img', 'search-result-image');
    Object.assign(image, { src: data.meta.image, alt: '', loading: 'lazy', width: 96, height: 64 });
    item.append(image);
  }
  item.append(content);
  return item;
}
