import type { FootnoteDefinition, FootnoteReference, Heading, Link, LinkReference, PhrasingContent } from 'mdast';
import { hasVisibleCharacter } from '../releases/visible-text.ts';
import type { BodyProblem } from './body-reading.ts';

/** What the Markdown parser found in a body that the page's structure or its readers would lose. */
export interface BodyStructure {
  /** Lines of headings of level 1 (`# …` or a line underlined with `===`): the release page's title is its only <h1>. */
  topHeadings: number[];
  footnoteDefinitions: { label: string; identifier: string; line: number | undefined }[];
  footnoteReferences: Set<string>;
  /** Lines of links whose text is empty, blank or an image without a description: screen readers announce only "link". */
  namelessLinks: { url: string; line: number | undefined }[];
}

export function emptyStructure(): BodyStructure {
  return { topHeadings: [], footnoteDefinitions: [], footnoteReferences: new Set(), namelessLinks: [] };
}

/**
 * The text a link gives assistive technology, from the parsed link: its words, its code, and the
 * descriptions of its images. Raw HTML inside a link is read by the HTML check instead; it may hold
 * text, so such a link is not called nameless here.
 */
function accessibleName(children: readonly PhrasingContent[]): string | undefined {
  let name = '';
  for (const child of children) {
    if (child.type === 'html') return undefined;
    if (child.type === 'text' || child.type === 'inlineCode') name += child.value;
    else if (child.type === 'image') name += child.alt ?? '';
    else if (child.type === 'imageReference') name += child.alt ?? '';
    else if ('children' in child) {
      const inner = accessibleName(child.children as PhrasingContent[]);
      if (inner === undefined) return undefined;
      name += inner;
    }
  }
  return name;
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
      const name = accessibleName(node.children);
      if (name !== undefined && !hasVisibleCharacter(name)) structure()?.namelessLinks.push({ url, line: node.position?.start.line });
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
    problems.push({
      line: link.line,
      message: `the link to ${link.url} has no text readers can see or hear (it is empty, blank, or an image without a description): write the words that say where it leads, [Annual report](…), or describe the image, [![Annual report cover](…)](…).`,
    });
  return problems;
}
