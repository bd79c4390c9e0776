import type { APIRoute } from 'astro';
import { sitePathToHref } from '../i18n/paths.ts';

export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt needs the sitemap address: set `site` in astro.config.mjs.');
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitePathToHref('/sitemap.xml'), site).href}\n`);
};
