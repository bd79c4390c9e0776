import { satteri } from '@astrojs/markdown-satteri';
import { linksUnderBase } from './links-under-base.ts';
import { typographyPlugin } from '../typography/rehype-typography.ts';

/** The Markdown features of releases, for the build and for the content check's own reading of the same text. */
// Releases keep their punctuation exactly as published: no automatic curly quotes or dashes.
export const releaseMarkdownFeatures = { smartPunctuation: false } as const;

type Plugins = NonNullable<Parameters<typeof satteri>[0]>;

/**
 * The Markdown processor of releases; the content check adds plugins that only read, so it sees the
 * build's own HTML, links as editors wrote them (the build alone puts them under the site's folder).
 */
export function releaseMarkdownProcessor(mdastPlugins: Plugins['mdastPlugins'] = [], hastPlugins: Plugins['hastPlugins'] = []) {
  return satteri({ features: releaseMarkdownFeatures, mdastPlugins, hastPlugins });
}

/**
 * How release Markdown becomes HTML. astro.config.mjs gives these settings to Astro, and release
 * pages render their text with the same ones (release-text.ts), so both always agree.
 */
export const releaseMarkdown = {
  // Releases carry no code to highlight, and Shiki's inline styles would need a looser CSP.
  syntaxHighlight: false,
  // The text is set in its language's typography as it renders; the check reads the words without it (normalise-words.ts).
  processor: releaseMarkdownProcessor([], [linksUnderBase, typographyPlugin]),
} as const;
