import { defaultTreeAdapter, html as htmlSpec, parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import type { BodyProblem, RenderedBody } from './body-reading.ts';
import { lineIn, segmentAt } from './html-segments.ts';
import { activeElements, addressAttributes, refusedAttributeFix, refusedElementFix } from './html-rules.ts';
import { addressKind, unsafeAddressFix } from './link-address.ts';

type Node = DefaultTreeAdapterMap['node'];

const pageContext = defaultTreeAdapter.createElement('div', htmlSpec.NS.HTML, []);

/** Elements that run code or load something, event handlers and code-running addresses in raw HTML: what an .mdx body may not hold either. */
export function activeMarkup({ html, segments }: RenderedBody): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const fragment = parseFragment(pageContext, html, { sourceCodeLocationInfo: true });
  const pending: Node[] = [...fragment.childNodes];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (!defaultTreeAdapter.isElementNode(node)) continue;
    const offset = node.sourceCodeLocation?.startTag?.startOffset;
    const segment = offset === undefined ? undefined : segmentAt(segments, offset);
    if (segment && offset !== undefined) {
      const line = lineIn(segment, offset);
      if (activeElements.has(node.tagName)) {
        problems.push({ line, message: `<${node.tagName}> is not allowed in a release: ${refusedElementFix(node.tagName)}` });
        continue;
      }
      for (const { name, value } of node.attrs) {
        const unsafe = addressAttributes.has(name) ? unsafeAddressFix(addressKind(value), value) : undefined;
        if (/^on/i.test(name)) problems.push({ line, message: refusedAttributeFix(name, node.tagName, value) });
        else if (unsafe) problems.push({ line, message: unsafe });
      }
    }
    pending.push(...defaultTreeAdapter.getChildNodes(node));
  }
  return problems;
}
