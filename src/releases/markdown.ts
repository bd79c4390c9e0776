import { satteri } from '@astrojs/markdown-satteri';

/**
 * How release Markdown becomes HTML. astro.config.mjs gives these settings to Astro, and release
 * pages render their text with the same ones (release-text.ts), so both always agree.
 */
export const releaseMarkdown = {
  // Releases carry no code to highlight, and Shiki's inline styles would need a looser CSP.
  syntaxHighlight: false,
  // Releases keep their punctuation exactly as published: no automatic curly quotes or dashes.
  processor: satteri({ features: { smartPunctuation: false } }),
} as const;
