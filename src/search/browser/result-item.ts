import { formatPartialDate } from '../../i18n/format-date.ts';
import type { Locale } from '../../i18n/locales.ts';
import { indexedDateToPartialDate } from '../contract/index-fields.ts';
import type { ResultData } from './pagefind-api.ts';
import { excerptNodes } from './safe-excerpt.ts';

/** How a result is named for a reader: the release type's label and "In French"-style language notes. */
export interface ResultLabels {
  reader: Locale;
  typeLabel(type: string): string;
  languageNote(language: string): string;
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

/**
 * One search result: title link, "date · type · language", and the excerpt. Every value from the
 * index is set as text (a release title may contain `<`), and the link and excerpt carry the
 * release's language, which may differ from the reader's.
 */
export function resultItem(data: ResultData, labels: ResultLabels): HTMLLIElement {
  const language = data.meta.language ?? labels.reader;
  const date = indexedDateToPartialDate(data.meta.date ?? '');
  const link = element('a', 'search-result-link', [data.meta.title ?? data.url]);
  link.href = data.url;
  link.lang = language;
  link.hreflang = language;
  const details = [date ? formatPartialDate(date, labels.reader) : '', data.meta.type ? labels.typeLabel(data.meta.type) : ''].filter(
    Boolean,
  );
  const content = element('div', 'search-result-content', [
    element('p', 'search-result-title', [link]),
    element('p', 'search-result-meta', [
      details.concat('').join(' · '),
      element('strong', 'search-result-language', [labels.languageNote(language)]),
    ]),
  ]);
  if (data.excerpt) {
    const excerpt = element('p', 'search-result-excerpt', excerptNodes(data.excerpt));
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
