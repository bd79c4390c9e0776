import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { releaseFeed } from '../feeds/release-feed.ts';
import { sitePagePaths } from '../releases/routes.ts';

// Each language's feed and each topic's, from the site's one page list (src/releases/site-pages.ts).
export const getStaticPaths = (() => sitePagePaths('feed', 'feed')) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, props }) => {
  const { page } = props as InferGetStaticPropsType<typeof getStaticPaths>;
  return releaseFeed({ locale: page.locale, site, topic: page.topic });
};
