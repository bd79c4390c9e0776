import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

/** A feed item's description when the release has no standfirst: its first paragraph, cut near this many characters. */
const summaryLength = 280;

/** A page's meta description when the release has no standfirst: what search engines show of it. */
export const descriptionLength = 200;

interface MarkdownNode {
  type: string;
  value?: string;
  children?: MarkdownNode[];
}

/** The words of a Markdown node, without its markup; raw HTML and MDX code are left out. */
function plainText(node: MarkdownNode): string {
  if (node.type === 'text' || node.type === 'inlineCode') return node.value ?? '';
  if (node.type === 'break') return ' ';
  return (node.children ?? []).map(plainText).join('');
}

/** Cuts a text at the last word that ends before `length`, marking the cut with an ellipsis. */
export function shortenAtWord(text: string, length = summaryLength): string {
  const words = text.replace(/\s+/g, ' ').trim();
  if (words.length <= length) return words;
  const cut = words.slice(0, length + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : words.slice(0, length)).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The first paragraph of a release file's text, as plain words, shortened for a feed reader's preview. */
export async function releaseSummary(filePath: string, length = summaryLength): Promise<string> {
  const tree = unified()
    .use(remarkParse)
    .use(remarkFrontmatter)
    .parse(await readFile(resolve(filePath), 'utf8')) as MarkdownNode;
  const firstParagraph = (tree.children ?? []).map((node) => (node.type === 'paragraph' ? plainText(node).trim() : '')).find(Boolean);
  return shortenAtWord(firstParagraph ?? '', length);
}
