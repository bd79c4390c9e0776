import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

// What the build's Markdown renderer takes for a frontmatter when it opens a text: YAML between ---
// lines (closed by --- or YAML's own end mark, ...) and TOML between +++ lines. A unit test holds
// remark-frontmatter's reading of these to the renderer's on generated texts.
const frontmatterKinds = ['yaml', 'toml', { type: 'yaml', fence: { open: '---', close: '...' } }] as const;
const parser = unified()
  .use(remarkParse)
  .use(remarkFrontmatter, [...frontmatterKinds]);

// The renderer opens a frontmatter on a fence followed by spaces or tabs, but closes one only on a
// fence followed by spaces: a later fence line with a tab is kept from closing it here too (a
// letter added to its end; lines keep their numbers).
const fenceWithTab = /^(?:---|\+\+\+|\.\.\.)[ \t]*\t[ \t]*$/gm;

/**
 * The last line of a block the build would read as a second frontmatter, opening a release's text,
 * and leave out of the page; undefined when the text opens with anything else (a lone `---` is a
 * horizontal line). Lines are the text's own (line 1 is its first line).
 */
export function bodyToDroppedFrontmatter(body: string): { lastLine: number } | undefined {
  // Only a text starting with one of the fences can open with a frontmatter: the others need no parsing.
  if (!body.startsWith('---') && !body.startsWith('+++')) return undefined;
  const firstLineEnd = body.indexOf('\n') + 1 || body.length;
  const text = body.slice(0, firstLineEnd) + body.slice(firstLineEnd).replace(fenceWithTab, '$&x');
  const first = parser.parse(text).children[0] as { type: string; position?: { end: { line: number } } } | undefined;
  return first && (first.type === 'yaml' || first.type === 'toml') ? { lastLine: first.position?.end.line ?? 1 } : undefined;
}
