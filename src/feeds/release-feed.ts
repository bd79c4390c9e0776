import rss from '@astrojs/rss';
import type { Locale } from '../i18n/locales.ts';
import { feedPath, releasePath } from '../i18n/paths.ts';
import { useTranslations } from '../i18n/translate.ts';
import { getNewsListItems } from '../releases/routes.ts';
import { isInScope, type ListScope } from '../releases/scope.ts';
import type { TopicId } from '../releases/vocabulary.ts';
import type { PartialDate } from '../releases/partial-date.ts';

/** How many of the newest releases a feed carries: feed readers poll often and keep what they saw. */
const feedLength = 50;

interface FeedOptions {
  locale: Locale;
  site: URL | undefined;
  topic?: TopicId | undefined;
}

/** RSS 2.0 has no way to say "only the year is known": such releases go without a `pubDate` rather than with an invented one. */
function knownDay(date: PartialDate): Date | undefined {
  return date.precision === 'day' && date.month && date.day ? new Date(Date.UTC(date.year, date.month - 1, date.day)) : undefined;
}

/** The RSS feed of the releases written in one language, optionally of one topic. */
export async function releaseFeed({ locale, site, topic }: FeedOptions): Promise<Response> {
  if (!site) throw new Error('Feeds need absolute links: set `site` in astro.config.mjs.');
  const t = useTranslations(locale);
  const scope: ListScope = topic ? { kind: 'topic', topic } : { kind: 'all' };
  // A feed in one language carries the releases written in it; the lists show the others.
  const items = (await getNewsListItems(locale))
    .filter((item) => item.locale === locale && isInScope(scope, item.entry.data))
    .slice(0, feedLength);
  return rss({
    title: topic ? t('feed.topicTitle', { topic: t(`topic.${topic}`) }) : t('feed.title'),
    description: t('site.description'),
    site,
    trailingSlash: true,
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>${locale}</language><atom:link href="${new URL(feedPath(locale, topic), site).href}" rel="self" type="application/rss+xml"/>`,
    items: items.map(({ entry, slug }) => ({
      title: entry.data.title,
      link: releasePath(locale, slug),
      description: entry.data.standfirst,
      pubDate: knownDay(entry.data.date),
      categories: [t(`type.${entry.data.type}`), ...entry.data.topics.map((id) => t(`topic.${id}`))],
    })),
  });
}
