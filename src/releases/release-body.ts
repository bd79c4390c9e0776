import { parseFrontmatter } from 'astro/markdown';

/**
 * A release file's Markdown text exactly as Astro's content loader cuts it (its Markdown entry
 * type): everything after the frontmatter, trimmed. The page renders this same text, so the images
 * the loader found in it are the ones the page shows, and the content check reads this text too.
 */
export function releaseFileToBody(text: string): { body: string; offset: number } {
  const content = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).content;
  return { body: content.trim(), offset: content.length - content.trimStart().length };
}
