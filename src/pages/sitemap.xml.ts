import type { APIRoute } from 'astro';
import { sitemapXml } from '../feeds/sitemap.ts';

export const GET: APIRoute = async ({ site }) => {
  if (!site) throw new Error('The sitemap needs absolute links: set `site` in astro.config.mjs.');
  return new Response(await sitemapXml(site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
