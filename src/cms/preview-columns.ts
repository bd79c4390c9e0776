import { formText } from '../i18n/cms-form/index.ts';
import { localeToName } from '../i18n/language-names.ts';
import { localeToRecord, localesOtherThan, type Locale } from '../i18n/locales.ts';
import { fillPlaceholders } from '../i18n/placeholders.ts';
import { useTranslations } from '../i18n/translate.ts';
import type { UiKey } from '../i18n/ui/en.ts';
import { organisationIds, releaseTypes, topicIds } from '../releases/vocabulary.ts';

/** What the form's preview needs to set one language's column as the site sets that language's page. */
export interface PreviewColumn {
  locale: Locale;
  /** In the editor's language: the column's heading, and what it says when the entry has no text in it or does not show it. */
  heading: string;
  notWritten: string;
  hidden: string;
  typography: 'french' | 'none';
  date: { intl: string; firstDayOfMonth: string };
  /** The readers' labels of each vocabulary, in this column's language: `type.statement` -> "Déclaration". */
  labels: { type: Record<string, string>; organisation: Record<string, string>; topics: Record<string, string> };
  /** The page's own headings of the aside. */
  words: { publishedBy: string; topics: string };
}

const labelsOf = (ids: readonly string[], prefix: string, locale: Locale) =>
  Object.fromEntries(ids.map((id) => [id, useTranslations(locale)(`${prefix}.${id}` as UiKey)]));

/** The preview's columns for an editor working in `locale`: that language first, then the others, as the form's columns are. */
export function previewColumns(locale: Locale): PreviewColumn[] {
  return [locale, ...localesOtherThan(locale)].map((column) => {
    const record = localeToRecord(column);
    const t = useTranslations(column);
    const text = formText(locale).preview;
    const language = { language: localeToName(column, locale) };
    return {
      locale: column,
      heading: fillPlaceholders(text.column, language),
      notWritten: fillPlaceholders(text.notWritten, language),
      hidden: fillPlaceholders(text.hidden, language),
      typography: record.typography,
      date: { intl: record.intl, firstDayOfMonth: record.firstDayOfMonth },
      labels: {
        type: labelsOf(releaseTypes, 'type', column),
        organisation: labelsOf(organisationIds, 'org', column),
        topics: labelsOf(topicIds, 'topic', column),
      },
      words: { publishedBy: t('release.publishedBy'), topics: t('release.topics') },
    };
  });
}
