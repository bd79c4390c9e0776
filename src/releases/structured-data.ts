import type { Locale } from '../i18n/locales.ts';
import { partialDateToIso, type PartialDate } from './partial-date.ts';

/** What a release adds to the metadata of its page, so shared links and search engines show it well. */
export interface ArticleMetadata {
  image?: { src: string; alt: string; width: number; height: number } | undefined;
  /** schema.org JSON-LD describing the page. */
  jsonLd: Record<string, unknown>;
}

interface NewsArticleInput {
  url: URL;
  locale: Locale;
  headline: string;
  description: string | undefined;
  date: PartialDate;
  publisherName: string;
  imageUrl: URL | undefined;
  /** The page of the same release in the other language, when it exists. */
  translation: { url: URL; locale: Locale } | undefined;
}

/** schema.org `NewsArticle`; the date keeps its precision ("2024" stays "2024"), as ISO 8601 allows. */
export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': input.url.href,
    url: input.url.href,
    mainEntityOfPage: input.url.href,
    headline: input.headline,
    ...(input.description && { description: input.description }),
    datePublished: partialDateToIso(input.date),
    inLanguage: input.locale,
    publisher: { '@type': 'Organization', name: input.publisherName },
    ...(input.imageUrl && { image: [input.imageUrl.href] }),
    ...(input.translation && {
      workTranslation: { '@type': 'NewsArticle', '@id': input.translation.url.href, inLanguage: input.translation.locale },
    }),
  };
}
