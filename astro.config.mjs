// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import { contentChecks } from './src/integrations/content-checks.ts';
import { cacheDir, contentDir, outDir, siteUrl } from './src/site-settings.mjs';

export default defineConfig({
  site: siteUrl,
  outDir,
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Releases keep their punctuation exactly as published: no automatic curly quotes or dashes.
    processor: satteri({ features: { smartPunctuation: false } }),
  },
  // Content checks come first, so a build with a broken release stops before any page is written.
  integrations: [contentChecks({ contentDir }), mdx()],
});
