import { defaultTreeAdapter, html as htmlSpec, parseFragment, type DefaultTreeAdapterMap, type ParserError } from 'parse5';
import { endTagOffsets, lineIn, segmentAt, segmentBefore, segmentFrom } from './html-segments.ts';
import { unwantedCharacter, unwantedCharacterFix } from '../content-reader/unwanted-characters.ts';
import { hasVisibleCharacter } from '../releases/visible-text.ts';
import type { BodyAddress, BodyProblem, RenderedBody } from '../content-reader/render-body.ts';
import { namelessLinkFix } from './body-structure.ts';
import {
  addressAttributes,
  allowedElements,
  globalAttributes,
  maxNestingDepth,
  refusedAttributeFix,
  refusedElementFix,
  voidElements,
} from './html-rules.ts';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

// The release text sits in a <div> on the page, so it is parsed as a browser parses a div's content.
const pageContext = defaultTreeAdapter.createElement('div', htmlSpec.NS.HTML, []);

const parseErrorFixes: Record<string, string> = {
  'eof-in-comment': 'a comment opened with <!-- is never closed, so everything after it would vanish from the page: remove it.',
  'eof-in-tag': 'an HTML tag is never closed with >, so the text after it would vanish from the page: close the tag, or write < as &lt;.',
  'non-void-html-element-start-tag-with-trailing-solidus':
    'a tag such as <span/> does not close itself in HTML, so it would wrap everything after it: write <span></span>.',
  'missing-semicolon-after-character-reference':
    'a character reference such as &copy lacks its semicolon: write &copy; (or the character itself).',
  'unknown-named-character-reference':
    'a character reference such as &name; is not one HTML knows: write the character itself, or &amp; for "&".',
  'duplicate-attribute': 'an HTML tag has the same attribute twice, and browsers keep only the first: keep one.',
  'missing-whitespace-between-attributes': 'two HTML attributes run together: put a space between them.',
  'unexpected-character-in-attribute-name':
    'an HTML attribute is malformed (a quote or < where its name should be): check the quotes around its value.',
  'unexpected-null-character': 'an invisible null character is in the HTML: delete it.',
};

function parseErrorFix(code: string): string {
  return (
    parseErrorFixes[code] ??
    `the HTML here is malformed (${code.replaceAll('-', ' ')}): check that every tag opens with <, closes with > and has quoted attribute values.`
  );
}

/**
 * Reads the release's HTML as a browser does (parse5 implements the HTML standard's parser) and
 * judges what came from raw HTML: only allowed elements and attributes; every element closed where
 * it is written, nothing moved or dropped by the browser, no comment hiding text; no nesting past
 * `maxNestingDepth`. Also returns the addresses raw HTML links to, for the link checks.
 */
export function checkBodyHtml(rendered: RenderedBody): { problems: BodyProblem[]; addresses: BodyAddress[] } {
  const { html, segments } = rendered;
  const problems: BodyProblem[] = [];
  const addresses: BodyAddress[] = [];
  const reported = new Set<string>();
  const report = (line: number | undefined, message: string) => {
    const key = `${line}:${message}`;
    if (reported.has(key)) return;
    reported.add(key);
    problems.push({ line, message });
  };
  const rawLine = (offset: number) => {
    const segment = segmentAt(segments, offset);
    return segment ? lineIn(segment, offset) : undefined;
  };

  const parseErrors: ParserError[] = [];
  const fragment = parseFragment(pageContext, html, { sourceCodeLocationInfo: true, onParseError: (error) => parseErrors.push(error) });
  for (const error of parseErrors) {
    const segment = segmentAt(segments, error.startOffset) ?? segmentBefore(segments, error.startOffset);
    // A construct left open to the end (a comment, a tag) is reported where it opens.
    if (segment)
      report(
        error.code.startsWith('eof-') ? segment.line : lineIn(segment, Math.min(error.startOffset, segment.end - 1)),
        parseErrorFix(error.code),
      );
  }
  const unclosedComment = parseErrors.some((error) => error.code === 'eof-in-comment');

  // The end tags the browser used to close an element; any other end tag in raw HTML it ignored (a stray </div>).
  const usedEndTags = new Set<number>();
  const elementStarts = new Set<number>();
  let tooDeep = false;
  const insideRefused: [number, number][] = [];

  let lastStart = -1;
  const pending: { node: Node; depth: number }[] = fragment.childNodes.map((node) => ({ node, depth: 1 })).reverse();
  while (pending.length > 0) {
    const next = pending.pop();
    if (!next) break;
    const { node, depth } = next;
    const location = node.sourceCodeLocation;
    // A formatting element the browser reopens (a <b> left open across paragraphs) carries its first tag's place: not a move.
    const reopened = defaultTreeAdapter.isElementNode(node) && location ? elementStarts.has(location.startOffset) : false;
    if (location && !reopened) {
      if (location.startOffset < lastStart) {
        const line = rawLine(location.startOffset) ?? segmentFrom(segments, location.startOffset)?.line;
        report(
          line,
          'the browser would move this text or tag away from where it is written (for example, text directly inside a <table> is shown above it): put text inside a cell, and check the tags around it.',
        );
      }
      lastStart = Math.max(lastStart, location.startOffset);
    }
    if (defaultTreeAdapter.isTextNode(node)) {
      // Text from Markdown is checked on the source itself, character references included (check-release-file.ts).
      const line = location ? rawLine(location.startOffset) : undefined;
      const match = line === undefined ? undefined : [...node.value.matchAll(unwantedCharacter)][0];
      if (match) report(line, unwantedCharacterFix(match[0], undefined));
      continue;
    }
    if (defaultTreeAdapter.isCommentNode(node)) {
      const line = location ? rawLine(location.startOffset) : undefined;
      if (line !== undefined && !unclosedComment)
        report(
          line,
          'a comment (<!-- … -->) is not shown to readers, yet it is published in the page: delete it (keep notes for the team in the pull request).',
        );
      continue;
    }
    if (!defaultTreeAdapter.isElementNode(node)) continue;
    const element = node as Element;
    const elementLocation = element.sourceCodeLocation;
    const startTag = elementLocation?.startTag;
    const fromRaw = startTag ? segmentAt(segments, startTag.startOffset) !== undefined : false;
    if (startTag) elementStarts.add(startTag.startOffset);
    if (elementLocation?.endTag) usedEndTags.add(elementLocation.endTag.startOffset);

    if (depth > maxNestingDepth) {
      tooDeep = true;
      report(
        rawLine(startTag?.startOffset ?? 0) ?? segmentFrom(segments, startTag?.startOffset ?? 0)?.line,
        `HTML is nested more than ${maxNestingDepth} levels deep here: browsers show very deep HTML differently, and no release needs it. Simplify it.`,
      );
      continue;
    }
    if (fromRaw && startTag) {
      // What is inside a refused element is refused with it: one message is enough.
      if (!reopened && !checkRawElement(element, rawLine(startTag.startOffset), report, addresses)) {
        insideRefused.push([startTag.startOffset, elementLocation?.endTag?.endOffset ?? html.length]);
        continue;
      }
    } else if (!startTag && element.tagName !== 'tbody') {
      const line = segmentBefore(segments, lastStart)?.line;
      report(
        line,
        `the browser would add a <${element.tagName}> of its own here, so the page would not read as written: check that every tag is opened and closed in order (a closing </${element.tagName}> without its opening tag, or tags that overlap).`,
      );
    } else if (startTag && !elementLocation?.endTag && !voidElements.has(element.tagName)) {
      // Markdown's own HTML is always closed: when it is not, raw HTML inside it broke it.
      const line = segmentFrom(segments, startTag.endOffset)?.line;
      report(
        line,
        `this HTML cannot sit inside the Markdown around it (a paragraph or a list): the browser would close the <${element.tagName}> early. Put block HTML (div, table, figure, details) on lines of its own, with an empty line before and after.`,
      );
    }
    // A link written in HTML, or a Markdown link holding HTML (which the Markdown reading leaves to this one), needs text.
    if (element.tagName === 'a' && startTag && !reopened) {
      const end = elementLocation?.endTag?.endOffset ?? html.length;
      const firstRaw = segmentFrom(segments, startTag.startOffset);
      const holdsRaw = firstRaw !== undefined && firstRaw.start < end && firstRaw.end > startTag.startOffset;
      if ((fromRaw || holdsRaw) && !hasVisibleCharacter(accessibleName(element))) {
        const href = element.attrs.find((attribute) => attribute.name === 'href')?.value ?? '';
        report(fromRaw ? rawLine(startTag.startOffset) : firstRaw?.line, namelessLinkFix(href, fromRaw ? 'html' : 'markdown'));
      }
    }
    const children = defaultTreeAdapter.getChildNodes(
      element.tagName === 'template' ? defaultTreeAdapter.getTemplateContent(element as DefaultTreeAdapterMap['template']) : element,
    );
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child) pending.push({ node: child, depth: depth + 1 });
    }
  }

  // Past the depth limit or inside a refused element the walk stopped, so the end tags there were not all seen.
  if (!tooDeep) {
    for (const offset of endTagOffsets(html)) {
      const segment = segmentAt(segments, offset);
      if (!segment || usedEndTags.has(offset) || insideRefused.some(([start, end]) => offset >= start && offset < end)) continue;
      report(
        lineIn(segment, offset),
        'this closing tag closes nothing that is open, so the browser ignores it: remove it, or add the opening tag where it belongs.',
      );
    }
  }
  return { problems, addresses };
}

function checkRawElement(
  element: Element,
  line: number | undefined,
  report: (line: number | undefined, message: string) => void,
  addresses: BodyAddress[],
): boolean {
  const name = element.tagName;
  const allowed = element.namespaceURI === htmlSpec.NS.HTML ? allowedElements[name] : undefined;
  if (!allowed) {
    report(line, `<${name}> is not allowed in a release: ${refusedElementFix(name)}`);
    return false;
  }
  if (!element.sourceCodeLocation?.endTag && !voidElements.has(name)) {
    report(
      line,
      `<${name}> is opened here but never closed, so everything after it would be inside it: add </${name}> where it should end.`,
    );
  }
  for (const { name: attribute, value } of element.attrs) {
    const permitted =
      (allowed.includes(attribute) || (globalAttributes as readonly string[]).includes(attribute)) &&
      !(attribute === 'dir' && !/^(ltr|auto)$/i.test(value));
    if (!permitted) {
      report(line, refusedAttributeFix(attribute, name, value));
      continue;
    }
    if (['width', 'height', 'colspan', 'rowspan', 'span', 'start', 'value'].includes(attribute) && !/^\d{1,4}$/.test(value)) {
      report(line, `${attribute}="${value}" must be a whole number, such as ${attribute}="2".`);
    }
    if (unwantedCharacter.test(value)) report(line, unwantedCharacterFix(value.match(unwantedCharacter)?.[0] ?? '', undefined));
    unwantedCharacter.lastIndex = 0;
    if (addressAttributes.has(attribute)) addresses.push({ url: value, line, isImage: name === 'img', fromHtml: true });
  }
  if (name === 'img' && !element.attrs.some((attribute) => attribute.name === 'alt'))
    report(line, 'this image has no alt="…" describing it for readers who cannot see it: add one.');
  return true;
}

/** What a link gives assistive technology, as a browser reads it: its text and the alt text of its images. */
function accessibleName(node: Node): string {
  if (defaultTreeAdapter.isTextNode(node)) return node.value;
  if (!defaultTreeAdapter.isElementNode(node)) return '';
  const element = node as Element;
  if (element.tagName === 'img') return element.attrs.find((attribute) => attribute.name === 'alt')?.value ?? '';
  return element.childNodes.map(accessibleName).join('');
}
