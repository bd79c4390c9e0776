import rss from '@astrojs/rss';
import { formatPartialDate } from '../i18n/format-date.ts';
import { localeToRecord, type Locale } from '../i18n/locales.ts';
import { datePrecisionNote } from '../i18n/date-precision.ts';
import { feedPath, listPath, releasePath } from '../i18n/paths.ts';
import { onlyIn } from '../i18n/language-names.ts';
import { useTranslations } from '../i18n/translate.ts';
import { getNewsListItems } from '../releases/routes.ts';
import { isInScope, type ListScope } from '../releases/scope.ts';
import type { TopicId } from '../releases/vocabulary.ts';
import { feedDate } from './feed-date.ts';
import { releaseSummary } from './release-summary.ts';

/** How many of the newest releases a feed carries: feed readers poll often and keep what they saw. */
const feedLength = 50;

interface FeedOptions {
  locale: Locale;
  site: URL | undefined;
  topic?: TopicId | undefined;
}

/**
 * The RSS feed of one language's news list, optionally of one topic: the same releases in the same
 * order as the list, so a release published only in other languages is there too, said to be so.
 */
export async function releaseFeed({ locale, site, topic }: FeedOptions): Promise<Response> {
  if (!site) throw new Error('Feeds need absolute links: set `site` in astro.config.mjs.');
  const t = useTranslations(locale);
  const organisation = t('site.organisation');
  const siteTitle = t('site.title', { organisation });
  const scope: ListScope = topic ? { kind: 'topic', topic } : { kind: 'all' };
  const topicLabel = topic ? t(`topic.${topic}`) : '';
  const items = (await getNewsListItems(locale)).filter((item) => isInScope(scope, item.entry.data)).slice(0, feedLength);
  const described = await Promise.all(
    items.map(async ({ entry, slug, locale: itemLocale, languages }) => {
      const { title, standfirst, date, type, topics } = entry.data;
      const precisionNote = datePrecisionNote(date, t);
      const opening = [
        itemLocale !== locale ? `${t('list.onlyIn', { languages: onlyIn(locale, languages) })}.` : '',
        precisionNote ? `${formatPartialDate(date, localeToRecord(locale))} (${precisionNote}).` : '',
      ];
      const summary = standfirst ?? (entry.filePath ? await releaseSummary(entry.filePath) : '');
      return {
        title,
        link: new URL(releasePath(itemLocale, slug), site).href,
        description: [...opening, summary].filter(Boolean).join(' '),
        pubDate: feedDate(date),
        categories: [t(`type.${type}`), ...topics.map((id) => t(`topic.${id}`))],
        // The item's own language, when it is not the channel's.
        customData: itemLocale !== locale ? `<dc:language>${itemLocale}</dc:language>` : undefined,
      };
    }),
  );
  return rss({
    title: topic ? t('feed.topicTitle', { topic: topicLabel, organisation }) : t('feed.title', { organisation }),
    description: topic ? t('feed.topicDescription', { topic: topicLabel, site: siteTitle }) : t('feed.description', { site: siteTitle }),
    // The channel's link is the list it follows, in its own language.
    site: new URL(listPath(locale, scope), site),
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom', dc: 'http://purl.org/dc/elements/1.1/' },
    customData: `<language>${locale}</language><atom:link href="${new URL(feedPath(locale, topic), site).href}" rel="self" type="application/rss+xml"/>`,
    items: described,
  });
}
