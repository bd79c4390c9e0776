import type { APIRoute, GetStaticPaths, InferGetStaticParamsType } from 'astro';
import { releaseFeed } from '../../../../feeds/release-feed.ts';
import { topicsInUse } from '../../../../releases/routes.ts';

export const getStaticPaths = (async () => (await topicsInUse()).map((topic) => ({ params: { topic } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ site, params }) => {
  const { topic } = params as InferGetStaticParamsType<typeof getStaticPaths>;
  return releaseFeed({ locale: 'en', site, topic });
};
