import { satteri } from '@astrojs/markdown-satteri';
import { releaseMarkdownFeatures } from './markdown.ts';
import { linksUnderBase } from './links-under-base.ts';
import { mdxGuard } from './mdx-guard.ts';
import { typographyPlugin } from '../typography/rehype-typography.ts';

/** How `.mdx` releases compile: the Markdown of `.md` releases, with the guard that refuses code first, links under the site's folder and the language's typography. */
export const releaseMdxProcessor = satteri({
  features: releaseMarkdownFeatures,
  mdastPlugins: [mdxGuard],
  hastPlugins: [linksUnderBase, typographyPlugin],
});
