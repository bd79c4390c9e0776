// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';

export default defineConfig({
  // The address the site is deployed at, for canonical links; set SITE_URL when deploying elsewhere.
  site: process.env.SITE_URL ?? 'https://newsroom.example.org',
  trailingSlash: 'always',
  build: { format: 'directory' },
  markdown: {
    // Releases keep their punctuation exactly as published: no automatic curly quotes or dashes.
    processor: satteri({ features: { smartPunctuation: false } }),
  },
  integrations: [mdx()],
});
