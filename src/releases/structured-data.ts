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
  /** The last day the release changed (a correction, an update, a withdrawal), when it changed at all. */
  dateModified?: PartialDate | undefined;
  /** The release's permanent reference, shared by its versions: `NR/2024/017`. */
  reference?: string | undefined;
  /** The organisation that issued the release. */
  author: { name: string; url: string };
  /** The organisation whose newsroom this is (src/site-identity.ts). */
  publisher: { name: string; url: URL; logo: { url: URL; width: number; height: number } };
  imageUrl: URL | undefined;
  /**
   * The release's page in every language it exists in, this one included, the original first:
   * the original names its translations (`workTranslation`), each translation the original (`translationOfWork`).
   */
  versions: readonly { url: URL; locale: Locale }[];
}

/** One value alone, several as a list, as JSON-LD writes them. */
const oneOrMany = <Value>(values: Value[]): Value | Value[] => (values.length === 1 ? values[0]! : values);

/** schema.org `NewsArticle`; the date keeps its precision ("2024" stays "2024"), as ISO 8601 allows. */
export function newsArticleJsonLd(input: NewsArticleInput): Record<string, unknown> {
  const { versions, publisher } = input;
  const [original, ...translations] = versions;
  const version = ({ url, locale }: { url: URL; locale: Locale }) => ({ '@type': 'NewsArticle', '@id': url.href, inLanguage: locale });
  const isOriginal = original?.url.href === input.url.href;
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': input.url.href,
    url: input.url.href,
    mainEntityOfPage: input.url.href,
    headline: input.headline,
    ...(input.description && { description: input.description }),
    // As precise as the release says ("2024", "2024-05"): ISO 8601's reduced precision, which schema.org's
    // Date accepts. A made-up day ("2024-01-01") would tell search engines a date nobody published.
    datePublished: partialDateToIso(input.date),
    ...(input.dateModified && { dateModified: partialDateToIso(input.dateModified) }),
    ...(input.reference && { identifier: input.reference }),
    inLanguage: input.locale,
    author: { '@type': 'Organization', name: input.author.name, url: input.author.url },
    publisher: {
      '@type': 'Organization',
      name: publisher.name,
      url: publisher.url.href,
      logo: { '@type': 'ImageObject', url: publisher.logo.url.href, width: publisher.logo.width, height: publisher.logo.height },
    },
    ...(input.imageUrl && { image: [input.imageUrl.href] }),
    ...(isOriginal && translations.length > 0 && { workTranslation: oneOrMany(translations.map(version)) }),
    ...(!isOriginal && original && { translationOfWork: version(original) }),
  };
}
