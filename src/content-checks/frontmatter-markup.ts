import { defaultTreeAdapter, html as htmlSpec, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { ContentProblem } from '../content-reader/content-problem.ts';
import type { FieldPath } from '../content-reader/content-problem.ts';
import type { ReleaseText } from '../content-reader/read-frontmatter.ts';
import { activeElements, refusedAttributeFix, refusedElementFix } from './html-rules.ts';

const pageContext = defaultTreeAdapter.createElement('div', htmlSpec.NS.HTML, []);

/** Each active element or event handler in a piece of text. */
function refusedMarkup(text: string): string[] {
  const messages: string[] = [];
  const pending: DefaultTreeAdapterMap['node'][] = [...parseFragment(pageContext, text, {}).childNodes];
  while (pending.length > 0) {
    const node = pending.pop();
    if (!node || !defaultTreeAdapter.isElementNode(node)) continue;
    if (activeElements.has(node.tagName)) {
      messages.push(`<${node.tagName}> is not allowed in a release: ${refusedElementFix(node.tagName)}`);
      continue;
    }
    for (const { name, value } of node.attrs) if (/^on/i.test(name)) messages.push(refusedAttributeFix(name, node.tagName, value));
    pending.push(...defaultTreeAdapter.getChildNodes(node));
  }
  return messages;
}

/**
 * Frontmatter fields are published as text (markup in a title shows as the characters typed),
 * yet elements that would run code or load something, and event handlers, are refused in them
 * too: a script in a title is a mistake or an attack, never what a release means to say.
 */
export function checkFrontmatterMarkup(release: ReleaseText, file: string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const pending: { value: unknown; path: (string | number)[] }[] = [{ value: release.data, path: [] }];
  const seen = new Set<object>();
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { value, path } = next;
    if (typeof value === 'string') {
      if (!value.includes('<')) continue;
      for (const message of new Set(refusedMarkup(value))) {
        const line = release.lineOf(path as FieldPath);
        problems.push({ file, ...(line === undefined ? {} : { line }), field: path.join('.'), message });
      }
    } else if (value !== null && typeof value === 'object' && !(value instanceof Date) && !seen.has(value)) {
      seen.add(value);
      for (const [key, item] of Object.entries(value))
        pending.push({ value: item, path: [...path, Array.isArray(value) ? Number(key) : key] });
    }
  }
  return problems;
}
