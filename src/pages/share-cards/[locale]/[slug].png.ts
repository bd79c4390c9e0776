import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { formatPartialDate } from '../../../i18n/format-date.ts';
import { localeToRecord } from '../../../i18n/locales.ts';
import { useTranslations } from '../../../i18n/translate.ts';
import { propsToCacheKey } from '../../../releases/page-cache-key.ts';
import { getSitePages } from '../../../releases/routes.ts';
import { shareCardToPng } from '../../../sharing/share-card.ts';
import { typesetText } from '../../../typography/typeset.ts';

// A share card for every release version without a photo of its own (ReleaseLayout.astro links it).
// A card is drawn from its props alone: they are its incremental-build key (src/releases/page-cache-key.ts).
export const getStaticPaths = (async () =>
  Promise.all(
    (await getSitePages()).flatMap((page) => {
      if (page.kind !== 'release' || page.entry.data.photos.some((photo) => photo.file)) return [];
      const props = { locale: page.locale, data: page.entry.data };
      return [propsToCacheKey(props).then((cacheKey) => ({ params: { locale: page.locale, slug: page.release.slug }, props, cacheKey }))];
    }),
  )) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props: { locale, data } }) => {
  const t = useTranslations(locale);
  // Set in the language's typography as the page's headline is, so « and » never end or begin a line of the card.
  const png = await shareCardToPng({
    title: typesetText(data.title, locale),
    date: typesetText(formatPartialDate(data.date, localeToRecord(locale)), locale),
    organisation: t(`org.${data.organisation}`),
    site: t('site.title', { organisation: t('site.organisation') }),
    lang: locale,
  });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
