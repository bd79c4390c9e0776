import type { Locale } from '../i18n/locales.ts';
import { partialDateToIso, type PartialDate } from './partial-date.ts';
import type { OrganisationId } from './vocabulary.ts';

/** What a release adds to the metadata of its page, so shared links and search engines show it well. */
export interface ArticleMetadata {
  image?: { src: string; alt: string; width: number; height: number } | undefined;
  /** schema.org JSON-LD describing the page. */
  jsonLd: Record<string, unknown>;
}

/** The websites of the organisations that issue releases, for the `author` of each. */
export const organisationWebsites = {
  interpol: 'https://www.interpol.int/',
  wco: 'https://www.wcoomd.org/',
} as const satisfies Record<OrganisationId, string>;

interface NewsArticleInput {
  url: URL;
  locale: Locale;
  headline: string;
  description: string | undefined;
  date: PartialDate;
  /** The organisation that issued the release. */
  author: { name: string; url: string };
  /** The organisation whose newsroom this is (src/site-identity.ts). */
  publisher: { name: string; url: URL; logo: { url: URL; width: number; height: number } };
  imageUrl: URL | undefined;
  /**
   * The page of the same release in the other language, when it exists, and which of the two is
   * the original: `workTranslation` goes on the original, `translationOfWork` on the translation.
   */
  translation: { url: URL; locale: Locale; thisPageIs: 'original' | 'translation' } | undefined;
}

/** schema.org `NewsArticle`; the date keeps its precision ("2024" stays "2024"), as ISO 8601 allows. */
export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  const { translation, publisher } = input;
  const otherVersion = translation && { '@type': 'NewsArticle', '@id': translation.url.href, inLanguage: translation.locale };
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
    author: { '@type': 'Organization', name: input.author.name, url: input.author.url },
    publisher: {
      '@type': 'Organization',
      name: publisher.name,
      url: publisher.url.href,
      logo: { '@type': 'ImageObject', url: publisher.logo.url.href, width: publisher.logo.width, height: publisher.logo.height },
    },
    ...(input.imageUrl && { image: [input.imageUrl.href] }),
    ...(translation?.thisPageIs === 'original' && { workTranslation: otherVersion }),
    ...(translation?.thisPageIs === 'translation' && { translationOfWork: otherVersion }),
  };
}
