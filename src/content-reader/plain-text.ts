/** A Markdown (mdast) node, as much of it as its words need. */
export interface WordNode {
  type: string;
  value?: unknown;
  children?: readonly WordNode[];
}

/** Nodes whose value is markup or code, never words a reader sees as written. */
const notWords = new Set(['html', 'mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression']);

/** The words of a Markdown node without its markup; raw HTML and MDX code are left out, a line break is a space. */
export function markdownToPlainText(node: Readonly<WordNode>): string {
  if (node.type === 'text' || node.type === 'inlineCode') return typeof node.value === 'string' ? node.value : '';
  if (node.type === 'break') return ' ';
  if (notWords.has(node.type)) return '';
  return (node.children ?? []).map(markdownToPlainText).join('');
}
