import type { FootnoteDefinition, FootnoteReference, Heading, Link, LinkReference } from 'mdast';
import { mdxToMdast, type MdastNode } from 'satteri';
import { releaseMarkdownFeatures } from '../releases/markdown.ts';
import type { BodyAddress, BodyProblem } from '../content-reader/render-body.ts';
import { emptyStructure, structureVisitors, type BodyStructure } from './body-structure.ts';
import { closestWord } from './closest-word.ts';
import { markdownToPlainText } from '../content-reader/plain-text.ts';
import {
  activeElements,
  addressAttributes,
  allowedElements,
  globalAttributes,
  refusedAttributeFix,
  refusedElementFix,
} from './html-rules.ts';
import { addressKind, unsafeAddressFix } from './link-address.ts';
import { componentNames, componentRuleOf, type ComponentRule } from './mdx-components.ts';

/** An `.mdx` body as the build's MDX parser reads it: what in it is refused, and the addresses it links to. */
export interface MdxBodyReading {
  problems: BodyProblem[];
  addresses: BodyAddress[];
  /** Top-level headings, footnotes and links without text, judged by the same rules as a `.md` body's (body-structure.ts). */
  structure: BodyStructure;
  /** The words of the first paragraph, without markup: teasers, feed items and descriptions when there is no standfirst. */
  firstParagraph: string;
  /** The hosts of the release's videos (`<Video host="…">`), whose players the page lets into frames. */
  videoHosts: string[];
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string; value: string };
}

interface AnyNode {
  type: string;
  value?: unknown;
  name?: string | null;
  url?: string;
  depth?: number;
  identifier?: string;
  label?: string | null;
  attributes?: JsxAttribute[];
  children?: AnyNode[];
  position?: { start: { line: number } };
}

const componentList = componentNames.join(', ');

/**
 * Reads an `.mdx` body with satteri's `mdxToMdast`, the parser the build compiles it with, and
 * refuses everything that would run code, at build time or in the browser: `import`/`export`,
 * `{expressions}` in text or attributes, spread attributes, and any element outside the site's
 * components (mdx-components.ts) and the HTML a `.md` release may hold (html-rules.ts). Lines are
 * the body's own (line 1 is its first line). The build's guard runs this same function.
 */
export function readMdxBody(body: string): MdxBodyReading {
  let tree: MdastNode;
  try {
    tree = mdxToMdast(body, { features: releaseMarkdownFeatures });
  } catch (error) {
    return { problems: [parseErrorToProblem(error)], addresses: [], structure: emptyStructure(), firstParagraph: '', videoHosts: [] };
  }
  const root = tree as AnyNode;
  const firstParagraph = (root.children ?? [])
    .map((node) => (node.type === 'paragraph' ? markdownToPlainText(node).trim() : ''))
    .find(Boolean);
  const reading: MdxBodyReading = {
    problems: [],
    addresses: [],
    structure: emptyStructure(),
    firstParagraph: firstParagraph ?? '',
    videoHosts: [],
  };
  const structure = structureVisitors(() => reading.structure);
  visit(root, reading, structure);
  reading.videoHosts = [...new Set(elementsNamed(root, 'Video').map((video) => attributeValue(video, 'host')))].filter(
    (host): host is string => typeof host === 'string',
  );
  return reading;
}

/** Every JSX element of a name, at any depth. */
function elementsNamed(root: AnyNode, name: string): AnyNode[] {
  const found: AnyNode[] = [];
  const pending = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === name) found.push(node);
    pending.push(...(node.children ?? []));
  }
  return found;
}

/** An attribute's literal value; expressions are refused by the check, so they give nothing here. */
function attributeValue(element: AnyNode, name: string): string | undefined {
  const value = element.attributes?.find((attribute) => attribute.type === 'mdxJsxAttribute' && attribute.name === name)?.value;
  return typeof value === 'string' ? value : undefined;
}

/** The parser says `3:7: Unexpected end of file in expression…`: the line, and its words with the fix. */
function parseErrorToProblem(error: unknown): BodyProblem {
  const message = error instanceof Error ? error.message : String(error);
  const found = /^(\d+):\d+: ([^]*?)(?: \([a-z-]+:[a-z-]+\))?$/.exec(message);
  const said = (found?.[2] ?? message).replace(/\s+/g, ' ');
  return {
    line: found ? Number(found[1]) : undefined,
    message: `this MDX cannot be read (the parser says: "${said}"): a { or < meant as text must be written \\{ or &lt;, and every component must be closed, <Name …>…</Name> or <Name … />.`,
  };
}

type Structure = ReturnType<typeof structureVisitors>;

function visit(node: AnyNode, reading: MdxBodyReading, structure: Structure): void {
  const line = node.position?.start.line;
  const refuse = (message: string) => reading.problems.push({ line, message });
  switch (node.type) {
    case 'mdxjsEsm': {
      const keyword = String(node.value).trimStart().startsWith('import') ? 'import' : 'export';
      refuse(
        `"${keyword}" is not allowed in a release: it runs code when the site is built. Remove the line; the site's components (${componentList}) need no import.`,
      );
      return;
    }
    case 'mdxFlowExpression':
    case 'mdxTextExpression': {
      const value = String(node.value).trim();
      if (value.startsWith('/*') && value.endsWith('*/'))
        refuse(
          'a comment {/* … */} is code in MDX and is not allowed in a release: delete it (keep notes for the team in the pull request).',
        );
      else
        refuse(
          'text in braces {…} runs code when the site is built and is not allowed in a release: write the text itself, or \\{ and \\} for braces shown as they are.',
        );
      return;
    }
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      if (!checkElement(node, line, reading)) return;
      if (node.name === 'a') structure.mdxLinkName(node);
      break;
    case 'heading':
      structure.heading(node as Heading);
      break;
    case 'footnoteDefinition':
      structure.footnoteDefinition(node as FootnoteDefinition);
      break;
    case 'footnoteReference':
      structure.footnoteReference(node as FootnoteReference);
      break;
    case 'linkReference':
      structure.linkName(node as LinkReference, `[${node.label ?? node.identifier}]`);
      break;
    case 'link':
      if (node.url !== undefined) reading.addresses.push({ url: node.url, line, isImage: false });
      structure.linkName(node as Link, node.url ?? '');
      break;
    case 'definition':
      if (node.url !== undefined) reading.addresses.push({ url: node.url, line, isImage: false });
      break;
    case 'image':
      if (node.url !== undefined) reading.addresses.push({ url: node.url, line, isImage: true });
      break;
  }
  for (const child of node.children ?? []) visit(child, reading, structure);
}

/** Checks one element and its attributes; false when it is refused, so what is inside it is not reported twice. */
function checkElement(node: AnyNode, line: number | undefined, reading: MdxBodyReading): boolean {
  const refuse = (message: string) => reading.problems.push({ line, message });
  const name = node.name;
  if (name === null || name === undefined) {
    refuse('an empty tag <>…</> is not allowed in a release: remove <> and </>, and keep the text between them.');
    return false;
  }
  if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) {
    refuse(
      `<${name}> is not allowed in a release: only the site's components (${componentList}) and plain HTML such as <abbr> may be used.`,
    );
    return false;
  }
  const attributes = node.attributes ?? [];
  const { literal, allLiteral } = literalAttributes(attributes, name, refuse);
  const rule = componentRuleOf[name];
  if (rule) {
    if (node.type === 'mdxJsxTextElement') {
      refuse(`<${name}> must stand on lines of its own, with an empty line before and after it, like this: ${oneLine(rule.example)}`);
      return false;
    }
    if (allLiteral) checkComponentAttributes(name, rule, literal, refuse);
    checkComponentChildren(name, rule, node.children ?? [], refuse);
    return true;
  }
  if (/^[A-Z]/.test(name)) {
    const guess = closestWord(name, componentNames);
    refuse(
      `<${name}> is not one of the site's components${guess ? ` (did you mean <${guess}>?)` : ''}: a release may use ${componentList}, and nothing else. The guide shows each with an example.`,
    );
    return false;
  }
  if (activeElements.has(name) || !allowedElements[name]) {
    refuse(`<${name}> is not allowed in a release: ${refusedElementFix(name)}`);
    return false;
  }
  for (const [attribute, value] of Object.entries(literal)) {
    const permitted =
      (allowedElements[name]?.includes(attribute) || (globalAttributes as readonly string[]).includes(attribute)) &&
      !(attribute === 'dir' && !/^(ltr|auto)$/i.test(value));
    if (!permitted) {
      refuse(refusedAttributeFix(attribute, name, value));
      continue;
    }
    if (addressAttributes.has(attribute)) {
      const unsafe = unsafeAddressFix(addressKind(value), value);
      if (unsafe) refuse(unsafe);
      else reading.addresses.push({ url: value, line, isImage: name === 'img', fromHtml: true });
    }
  }
  return true;
}

/** The attributes written as literal strings, name → text, after reporting every one that is not. */
function literalAttributes(
  attributes: readonly JsxAttribute[],
  element: string,
  refuse: (message: string) => void,
): { literal: Record<string, string>; allLiteral: boolean } {
  const literal: Record<string, string> = {};
  let allLiteral = true;
  for (const attribute of attributes) {
    const name = attribute.name ?? '';
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      refuse(
        `<${element} {…}> adds attributes made by code and is not allowed in a release: write each attribute with its value in quotes, name="…".`,
      );
      allLiteral = false;
    } else if (/^(set|is|client|server|transition):/.test(name) || name.includes(':')) {
      refuse(`${name} is an instruction to the site's build, not an attribute, and is not allowed in a release: remove it.`);
      allLiteral = false;
    } else if (/^on/i.test(name)) {
      refuse(refusedAttributeFix(name, element, ''));
      allLiteral = false;
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      refuse(`${name}={…} runs code when the site is built and is not allowed in a release: write the value in quotes, ${name}="…".`);
      allLiteral = false;
    } else {
      literal[name] = attribute.value ?? '';
    }
  }
  return { literal, allLiteral };
}

function checkComponentAttributes(
  name: string,
  rule: ComponentRule,
  literal: Record<string, string>,
  refuse: (message: string) => void,
): void {
  const parsed = rule.attributes.safeParse(literal);
  if (parsed.success) return;
  const fields = Object.keys(rule.fields);
  const described = fields.map((field) => `${field}="…" (${rule.fields[field]})`).join(', ');
  for (const issue of parsed.error.issues) {
    const field = String(issue.path[0] ?? '');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const guess = closestWord(key, fields);
        refuse(`<${name}> has no attribute ${key}=${guess ? ` (did you mean ${guess}=?)` : ''}: its attributes are ${described}.`);
      }
    } else if (field === '') refuse(`<${name}> ${issue.message}.`);
    else if (literal[field] === undefined)
      refuse(`<${name}> needs ${field}="…" (${rule.fields[field]}): add it, like this: ${oneLine(rule.example)}`);
    else if (issue.code === 'invalid_value')
      refuse(`<${name} ${field}="${literal[field]}"> must be one of: ${issue.values.map(String).join(', ')}.`);
    else if (issue.code === 'too_small') refuse(`<${name} ${field}=""> is empty: write ${rule.fields[field]}.`);
    else refuse(`<${name} ${field}="${literal[field]}"> ${issue.message}.`);
  }
}

function checkComponentChildren(name: string, rule: ComponentRule, children: readonly AnyNode[], refuse: (message: string) => void): void {
  const content = children.filter((child) => !(child.type === 'text' && String(child.value).trim() === ''));
  if (rule.children === 'none' && content.length > 0)
    refuse(`<${name}> holds nothing between its tags: write it as ${oneLine(rule.example)}`);
  if (rule.children === 'one-image') {
    const inside = content.length === 1 && content[0]?.type === 'paragraph' ? (content[0].children ?? []) : [];
    const images = inside.filter((child) => !(child.type === 'text' && String(child.value).trim() === ''));
    if (images.length !== 1 || images[0]?.type !== 'image')
      refuse(`<${name}> holds exactly one image, on a line of its own between empty lines: write it as ${oneLine(rule.example)}`);
  }
}

/** An example on one line of the report, its empty lines shown as spaces. */
function oneLine(example: string): string {
  return example.replaceAll('\n\n', ' ');
}
