import type { APIRoute } from 'astro';
import { sitePathToHref } from '../i18n/paths.ts';
import { previewBuild, previewsFolder } from '../site-settings.mjs';

/**
 * A pull request's preview disallows everything (its pages say `noindex` too); the published site
 * allows everything but the previews, which the same Pages site serves under pr-preview/.
 */
export const GET: APIRoute = ({ site }) => {
  if (previewBuild) return new Response('User-agent: *\nDisallow: /\n');
  if (!site) throw new Error('robots.txt needs the sitemap address: set `site` in astro.config.mjs.');
  const previews = sitePathToHref(`/${previewsFolder}/`);
  return new Response(`User-agent: *\nAllow: /\nDisallow: ${previews}\n\nSitemap: ${new URL(sitePathToHref('/sitemap.xml'), site).href}\n`);
};
