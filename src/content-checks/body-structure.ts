import type { FootnoteDefinition, FootnoteReference, Heading, Link, LinkReference } from 'mdast';
import { hasVisibleCharacter } from '../releases/visible-text.ts';
import type { BodyProblem } from '../content-reader/render-body.ts';

/** What the Markdown parser found in a body that the page's structure or its readers would lose. */
export interface BodyStructure {
  /** Lines of headings of level 1 (`# …` or a line underlined with `===`): the release page's title is its only <h1>. */
  topHeadings: number[];
  footnoteDefinitions: { label: string; identifier: string; line: number | undefined }[];
  footnoteReferences: Set<string>;
  /** Lines of links whose text is empty, blank or an image without a description: screen readers announce only "link". */
  namelessLinks: { url: string; line: number | undefined; html?: boolean }[];
}

export function emptyStructure(): BodyStructure {
  return { topHeadings: [], footnoteDefinitions: [], footnoteReferences: new Set(), namelessLinks: [] };
}

/** A node of the Markdown or MDX tree inside a link: MDX adds its elements (`<img alt="…">`, `<abbr>`) and expressions. */
interface LinkContent {
  type: string;
  value?: unknown;
  alt?: string | null;
  name?: string | null;
  attributes?: readonly { type: string; name?: string; value?: unknown }[];
  children?: readonly LinkContent[];
}

/**
 * The text a link gives assistive technology, from the parsed link: its words, its code, and the
 * descriptions of its images. Raw HTML inside a link is read by the HTML check instead, and an MDX
 * expression is refused on its own; either may hold text, so such a link is not called nameless here.
 */
function accessibleName(children: readonly LinkContent[]): string | undefined {
  let name = '';
  for (const child of children) {
    if (child.type === 'html' || child.type === 'mdxTextExpression' || child.type === 'mdxFlowExpression') return undefined;
    if (child.type === 'text' || child.type === 'inlineCode') name += String(child.value);
    else if (child.type === 'image' || child.type === 'imageReference') name += child.alt ?? '';
    else if (child.name === 'img') name += attributeOf(child, 'alt') ?? '';
    else if (child.children) {
      const inner = accessibleName(child.children);
      if (inner === undefined) return undefined;
      name += inner;
    }
  }
  return name;
}

/** An MDX element's attribute written as a literal string; one written as code is refused by the MDX reading. */
function attributeOf(node: LinkContent, name: string): string | undefined {
  const value = node.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** The Markdown parser's visitors that fill a `BodyStructure`; they read and change nothing. */
export function structureVisitors(structure: () => BodyStructure | undefined) {
  return {
    heading(node: Readonly<Heading>) {
      if (node.depth === 1) structure()?.topHeadings.push(node.position?.start.line ?? 1);
    },
    footnoteDefinition(node: Readonly<FootnoteDefinition>) {
      structure()?.footnoteDefinitions.push({
        label: node.label ?? node.identifier,
        identifier: node.identifier,
        line: node.position?.start.line,
      });
    },
    footnoteReference(node: Readonly<FootnoteReference>) {
      structure()?.footnoteReferences.add(node.identifier);
    },
    linkName(node: Readonly<Link | LinkReference>, url: string) {
      const name = accessibleName(node.children as readonly LinkContent[]);
      if (name !== undefined && !hasVisibleCharacter(name)) structure()?.namelessLinks.push({ url, line: node.position?.start.line });
    },
    /** An `<a href>` written in an `.mdx` body is an element of the MDX tree, judged like a Markdown link. */
    mdxLinkName(node: Readonly<LinkContent & { position?: { start: { line: number } } }>) {
      const name = accessibleName(node.children ?? []);
      if (name !== undefined && !hasVisibleCharacter(name))
        structure()?.namelessLinks.push({ url: attributeOf(node, 'href') ?? '', line: node.position?.start.line, html: true });
    },
  };
}

/** The problems a body's structure shows, each on its line of the body. */
export function structureProblems(structure: BodyStructure): BodyProblem[] {
  const problems: BodyProblem[] = [];
  for (const line of structure.topHeadings)
    problems.push({
      line,
      message:
        'this is a top-level heading (# … or a line underlined with ===), a second title on the page: the release title is its only one. Write ## for a section heading (or underline it with ---).',
    });
  for (const definition of structure.footnoteDefinitions) {
    if (structure.footnoteReferences.has(definition.identifier)) continue;
    problems.push({
      line: definition.line,
      message: `this footnote ([^${definition.label}]: …) is never referred to in the text, so the site leaves it out of the page: add [^${definition.label}] where it belongs in the text, or remove the footnote.`,
    });
  }
  for (const link of structure.namelessLinks)
    problems.push({ line: link.line, message: namelessLinkFix(link.url, link.html ? 'html' : 'markdown') });
  return problems;
}

/** The message for a link with no accessible text, with the fix written the way the link was (Markdown or HTML). */
export function namelessLinkFix(url: string, written: 'markdown' | 'html'): string {
  const fix =
    written === 'markdown'
      ? 'write the words that say where it leads, [Annual report](…), or describe the image, [![Annual report cover](…)](…)'
      : 'write the words that say where it leads, <a href="…">Annual report</a>, or describe the image, <img src="…" alt="Annual report cover">';
  return `the link to ${url} has no text readers can see or hear (it is empty, blank, or an image without a description): ${fix}.`;
}
