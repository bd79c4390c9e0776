// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { contentChecks } from './src/integrations/content-checks.ts';
import { newsroomSearch } from './src/integrations/newsroom-search.ts';
import { cacheDir, contentDir, outDir, siteUrl } from './src/site-settings.mjs';

export default defineConfig({
  site: siteUrl,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  vite: {
    // Scripts always load from files, never inlined into the page, so a strict CSP needs no script hashes.
    build: { assetsInlineLimit: (/** @type {string} */ file) => (file.endsWith('.js') ? false : undefined) },
  },
  markdown: {
    // Releases keep their punctuation exactly as published: no automatic curly quotes or dashes.
    processor: satteri({ features: { smartPunctuation: false } }),
  },
  // Search runs after the pages are built: keep it after integrations that write pages.
  // Content checks come first, so a build with a broken release stops before any page is written.
  integrations: [contentChecks({ contentDir }), mdx(), newsroomSearch()],
});
