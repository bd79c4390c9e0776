import { satteri } from '@astrojs/markdown-satteri';
import { typographyPlugin } from '../typography/rehype-typography.ts';

/** The Markdown features of releases, for the build and for the content check's own reading of the same text. */
// Releases keep their punctuation exactly as published: no automatic curly quotes or dashes.
export const releaseMarkdownFeatures = { smartPunctuation: false } as const;

type Plugins = NonNullable<Parameters<typeof satteri>[0]>;

/** The Markdown processor of releases, with the plugins of the one reading (render-body.ts). */
export function releaseMarkdownProcessor(mdastPlugins: Plugins['mdastPlugins'] = [], hastPlugins: Plugins['hastPlugins'] = []) {
  return satteri({ features: releaseMarkdownFeatures, mdastPlugins, hastPlugins });
}

/**
 * How release Markdown becomes HTML, in the one reading of a file (src/content-reader/render-body.ts,
 * which adds a plugin that only reads). astro.config.mjs gives Astro these same settings.
 */
export const releaseMarkdown = {
  // Releases carry no code to highlight, and Shiki's inline styles would need a looser CSP.
  syntaxHighlight: false,
  // The text is set in its language's typography as it renders; links are put under the site's folder as the page shows them (links-under-base.ts).
  processor: releaseMarkdownProcessor([], [typographyPlugin]),
} as const;
