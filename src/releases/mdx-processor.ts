import { satteri } from '@astrojs/markdown-satteri';
import { releaseMarkdownFeatures } from './markdown.ts';
import { mdxGuard } from './mdx-guard.ts';
import { typographyPlugin } from '../typography/rehype-typography.ts';

/** How `.mdx` releases compile: the Markdown of `.md` releases, with the guard that refuses code first. */
export const releaseMdxProcessor = satteri({
  features: releaseMarkdownFeatures,
  mdastPlugins: [mdxGuard],
  hastPlugins: [typographyPlugin],
});
