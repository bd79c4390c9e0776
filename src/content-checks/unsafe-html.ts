import type { Nodes } from 'mdast';
import { visit } from 'unist-util-visit';
import { isMap, isScalar, isSeq } from 'yaml';
import type { ParsedRelease } from './parse-release.ts';
import type { ContentProblem } from './problem.ts';

/** Elements that run code, load other pages or change the page around the release. */
const unsafeElement = /<\s*(script|iframe|frame|frameset|object|embed|applet|base|form|meta|link|style)\b/gi;
/** `onclick=`, `onerror=`... inside a tag. */
const eventHandler = /<[a-z][^>]*?\s(on[a-z]+)\s*=/gi;
/** A URL scheme that runs code or smuggles a document in: `javascript:`, `vbscript:`, `data:`. */
const unsafeScheme = /^\s*(javascript|vbscript|data)\s*:/i;
/** In a text field, a scheme followed by a space is prose ("Data: the 2023 figures"), not an address. */
const unsafeSchemeInProse = /^\s*(javascript|vbscript|data)\s*:(?!\s)/i;
const addressFields = new Set(['url', 'file']);
/** An address attribute and its value, quoted or not. */
const addressAttribute = /\s(?:href|src|srcset|action|formaction|poster|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

/**
 * The scheme a browser would see in an address. Browsers drop tabs, line breaks and leading
 * control characters before reading the scheme, so `jav&#9;ascript:` still runs: do the same.
 */
export function addressScheme(address: string): string | undefined {
  // eslint-disable-next-line no-control-regex -- control characters are what browsers drop
  const normalized = decodeNumericEntities(address).replace(/[\u0000-\u0020]/g, '');
  return unsafeScheme.exec(normalized)?.[1];
}

const elementFixes: Record<string, string> = {
  script: 'a release cannot run scripts: remove it.',
  iframe: 'embedding another page is not allowed: remove it and link to the page instead, e.g. [Watch the video](https://…).',
  style: 'styles come from the site, not from releases: remove it.',
};

/** Decodes `&#106;`, `&#x6a;` so an encoded `javascript:` is seen for what it is. */
export function decodeNumericEntities(text: string): string {
  return text.replace(/&#(x[0-9a-f]+|\d+);?/gi, (_entity, code: string) =>
    String.fromCodePoint(code[0]?.toLowerCase() === 'x' ? Number.parseInt(code.slice(1), 16) : Number(code)),
  );
}

/** Each unsafe piece of one HTML or text fragment, with its offset inside the fragment. */
export function findUnsafeHtml(fragment: string): { offset: number; message: string }[] {
  const found: { offset: number; message: string }[] = [];
  for (const match of fragment.matchAll(unsafeElement)) {
    const element = (match[1] ?? '').toLowerCase();
    found.push({
      offset: match.index,
      message: `<${element}> is not allowed in a release: ${elementFixes[element] ?? 'remove it, or ask a maintainer if the release truly needs it.'}`,
    });
  }
  for (const match of fragment.matchAll(eventHandler)) {
    const offset = match.index + match[0].length - (match[1] ?? '').length - 1;
    found.push({ offset, message: `the HTML attribute ${match[1]}= runs code and is not allowed: remove it.` });
  }
  for (const match of fragment.matchAll(addressAttribute)) {
    const scheme = addressScheme(match[1] ?? match[2] ?? match[3] ?? '');
    if (scheme) found.push({ offset: match.index, message: unsafeSchemeFix(scheme) });
  }
  return found;
}

function unsafeSchemeFix(scheme: string): string {
  return scheme.toLowerCase() === 'data'
    ? 'a data: address hides a file inside the text and is not allowed: save the image in content/images/ and point to it, e.g. ![Description](../images/photo.jpg).'
    : `a ${scheme.toLowerCase()}: link runs code and is not allowed: link to a web address (https://…) or a page of this site (/en/…, /fr/…).`;
}

function lineWithin(fragment: string, offset: number, firstLine: number): number {
  return firstLine + (fragment.slice(0, offset).match(/\n/g)?.length ?? 0);
}

/**
 * Unsafe HTML and code-running links in the body and in every frontmatter text. They are
 * reported with their line and never silently stripped, so what the editor wrote is what is published.
 */
export function checkUnsafeHtml(release: ParsedRelease): ContentProblem[] {
  const file = release.file.displayPath;
  const problems: ContentProblem[] = [];
  visit(release.tree, (node: Nodes) => {
    const line = node.position?.start.line;
    if (line === undefined) return;
    if (node.type === 'html') {
      for (const { offset, message } of findUnsafeHtml(node.value))
        problems.push({ file, line: lineWithin(node.value, offset, line), message });
    } else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      const scheme = addressScheme(node.url);
      if (scheme) problems.push({ file, line, message: unsafeSchemeFix(scheme) });
    }
  });
  for (const { text, path, offset } of frontmatterTexts(release.frontmatter.contents, [])) {
    const messages = findUnsafeHtml(text).map((found) => found.message);
    const scheme = addressFields.has(String(path.at(-1)))
      ? addressScheme(text)
      : unsafeSchemeInProse.exec(decodeNumericEntities(text))?.[1];
    if (scheme) messages.push(unsafeSchemeFix(scheme));
    for (const message of messages) problems.push({ file, line: release.frontmatterLine(offset), field: path.join('.'), message });
  }
  return problems;
}

/** Every text value of the frontmatter, however deeply nested, with its field path and offset. */
function* frontmatterTexts(
  node: unknown,
  path: (string | number)[],
): Generator<{ text: string; path: (string | number)[]; offset: number }> {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && node.range) yield { text: node.value, path, offset: node.range[0] };
  } else if (isMap(node)) {
    for (const pair of node.items) yield* frontmatterTexts(pair.value, [...path, isScalar(pair.key) ? String(pair.key.value) : '?']);
  } else if (isSeq(node)) {
    for (const [index, item] of node.items.entries()) yield* frontmatterTexts(item, [...path, index]);
  }
}
