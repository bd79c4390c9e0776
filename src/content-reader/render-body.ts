import { fileURLToPath } from 'node:url';
import type { Definition, Html, Image, Link, LinkReference, ImageReference, Paragraph } from 'mdast';
import { releaseMarkdown, releaseMarkdownProcessor } from '../releases/markdown.ts';
import { typographyPlugin } from '../typography/rehype-typography.ts';
import { emptyStructure, structureVisitors, type BodyStructure } from '../content-checks/body-structure.ts';
import { markdownToPlainText } from './plain-text.ts';
import { countReading } from './reading-counts.ts';
import { keepRendering, keptRendering, renderingKey, type RenderedBodyCache } from './rendered-body-cache.ts';

/** A problem in a release body, on a line of the body (line 1 is its first line). */
export interface BodyProblem {
  line: number | undefined;
  message: string;
}

/** A link or an image written in Markdown, with its line in the body. */
export interface BodyAddress {
  url: string;
  line: number | undefined;
  isImage: boolean;
  /** Written in raw HTML (`<a href>`, `<img src>`), which the build leaves as it is. */
  fromHtml?: boolean;
  /** The label of the link definition (`[label]: address`) it is written in. */
  definition?: string;
}

/** A piece of raw HTML: where its text sits in the rendered HTML, and on which line of the body it starts. */
export interface HtmlSegment {
  start: number;
  end: number;
  value: string;
  line: number;
}

type Renderer = Awaited<ReturnType<ReturnType<typeof releaseMarkdownProcessor>['createRenderer']>>;

/** A release body as the build renders it, and what the checks need to place each problem on its line. */
export interface RenderedBody {
  /** The HTML the page shows, before Astro swaps local images for optimised ones and before links are put under the site's folder. */
  html: string;
  /** What Astro needs to optimise the images the text uses. */
  metadata: Awaited<ReturnType<Renderer['render']>>['metadata'];
  /** The words of the first paragraph, without markup: teasers, feed items and descriptions when there is no standfirst. */
  firstParagraph: string;
  segments: HtmlSegment[];
  addresses: BodyAddress[];
  /** Link definitions (`[label]: address`) and the labels links use, to find definitions nothing uses. */
  definitions: { label: string; identifier: string; line: number | undefined }[];
  references: Set<string>;
  /** The labels images use (`![…][label]`): the build leaves such an image as it is, without resizing or finding its file. */
  imageReferences: Set<string>;
  /** Top-level headings, footnotes and links without text, which the page's outline or its readers would lose. */
  structure: BodyStructure;
}

// Noncharacters mark where raw HTML starts and ends in the output; the reader refuses them in files, so none is the editor's.
const segmentStart = '\ufdd0';
const segmentIndexEnd = '\ufdd1';
const segmentEnd = '\ufdd2';

interface Collected {
  html: Html[];
  addresses: BodyAddress[];
  definitions: RenderedBody['definitions'];
  references: Set<string>;
  imageReferences: Set<string>;
  structure: BodyStructure;
  firstParagraph: string | undefined;
}

let collecting: Collected | undefined;

const structure = structureVisitors(() => collecting?.structure);

/** Reads without changing anything, except that each piece of raw HTML is wrapped in markers the reading strips again. */
const collector = {
  heading: structure.heading,
  footnoteDefinition: structure.footnoteDefinition,
  footnoteReference: structure.footnoteReference,
  name: 'newsroom-content-check',
  options: { position: true },
  html(node: Readonly<Html>) {
    if (!collecting) return undefined;
    const index = collecting.html.push(node) - 1;
    return { type: 'html', value: `${segmentStart}${index}${segmentIndexEnd}${node.value}${segmentEnd}` } as Html;
  },
  link(node: Readonly<Link>) {
    collecting?.addresses.push({ url: node.url, line: node.position?.start.line, isImage: false });
    structure.linkName(node, node.url);
  },
  image(node: Readonly<Image>) {
    collecting?.addresses.push({ url: node.url, line: node.position?.start.line, isImage: true });
  },
  definition(node: Readonly<Definition>) {
    collecting?.addresses.push({ url: node.url, line: node.position?.start.line, isImage: false, definition: node.identifier });
    collecting?.definitions.push({ label: node.label ?? node.identifier, identifier: node.identifier, line: node.position?.start.line });
  },
  linkReference(node: Readonly<LinkReference>) {
    collecting?.references.add(node.identifier);
    structure.linkName(node, `[${node.label ?? node.identifier}]`);
  },
  imageReference(node: Readonly<ImageReference>) {
    collecting?.references.add(node.identifier);
    collecting?.imageReferences.add(node.identifier);
  },
  paragraph(node: Readonly<Paragraph>, context: { parent: (node: Readonly<Paragraph>) => { type: string } | undefined }) {
    if (!collecting || collecting.firstParagraph || context.parent(node)?.type !== 'root') return;
    collecting.firstParagraph = markdownToPlainText(node).trim() || undefined;
  },
};

let renderer: Promise<Renderer> | undefined;
/** Renders one body at a time: the collector's state belongs to the render in progress. */
let previousRender: Promise<unknown> = Promise.resolve();

/**
 * Renders a release body with the build's own Markdown processor, settings and typography, plus
 * one plugin that reads: the HTML is the page's, so what the checks judge is what readers get.
 * Lines are the body's own (line 1 is its first line). `file` is the release file, whose folder
 * names the language its text is set in.
 */
export function renderBody(body: string, file: URL, frontmatter: Record<string, unknown> = {}): Promise<RenderedBody> {
  const cache = renderedBodyCache;
  const key = cache && renderingKey(cache, body, file, frontmatter);
  const kept = cache && key && keptRendering(cache, key, file);
  if (kept) {
    countReading('keptRenders', fileURLToPath(file));
    return Promise.resolve(kept);
  }
  const rendering = previousRender.then(() => renderNow(body, file, frontmatter));
  previousRender = rendering.catch(() => undefined);
  // Kept before anyone who awaits the rendering can touch it.
  if (cache && key) rendering.then((rendered) => keepRendering(cache, key, file, rendered)).catch(() => undefined);
  return rendering;
}

let renderedBodyCache: RenderedBodyCache | undefined;

/** From now on, bodies rendered before under the same key are taken from `cache`, and new renderings kept there (rendered-body-cache.ts). */
export function keepRenderedBodies(cache: RenderedBodyCache | undefined): void {
  renderedBodyCache = cache;
}

async function renderNow(body: string, file: URL, frontmatter: Record<string, unknown>): Promise<RenderedBody> {
  renderer ??= releaseMarkdownProcessor([collector], [typographyPlugin]).createRenderer({
    syntaxHighlight: releaseMarkdown.syntaxHighlight,
  });
  const collected: Collected = {
    html: [],
    addresses: [],
    definitions: [],
    references: new Set(),
    imageReferences: new Set(),
    structure: emptyStructure(),
    firstParagraph: undefined,
  };
  collecting = collected;
  let result: Awaited<ReturnType<Renderer['render']>>;
  try {
    result = await (await renderer).render(body, { frontmatter, fileURL: file });
  } finally {
    collecting = undefined;
  }
  return {
    ...stripMarkers(result.code, collected.html),
    metadata: result.metadata,
    firstParagraph: collected.firstParagraph ?? '',
    addresses: collected.addresses,
    definitions: collected.definitions,
    references: collected.references,
    imageReferences: collected.imageReferences,
    structure: collected.structure,
  };
}

/** The HTML without the markers, and where each piece of raw HTML lies in it. */
function stripMarkers(marked: string, html: readonly Html[]): { html: string; segments: HtmlSegment[] } {
  let clean = '';
  const segments: HtmlSegment[] = [];
  const open: { index: number; start: number }[] = [];
  let cursor = 0;
  for (let at = marked.search(/[\ufdd0\ufdd2]/); at !== -1; at = nextMarker(marked, cursor)) {
    clean += marked.slice(cursor, at);
    if (marked[at] === segmentStart) {
      const indexEnd = marked.indexOf(segmentIndexEnd, at);
      open.push({ index: Number(marked.slice(at + 1, indexEnd)), start: clean.length });
      cursor = indexEnd + 1;
    } else {
      const segment = open.pop();
      const node = segment ? html[segment.index] : undefined;
      if (segment && node)
        segments.push({ start: segment.start, end: clean.length, value: node.value, line: node.position?.start.line ?? 1 });
      cursor = at + 1;
    }
  }
  clean += marked.slice(cursor);
  segments.sort((a, b) => a.start - b.start);
  return { html: clean, segments };
}

function nextMarker(text: string, from: number): number {
  const start = text.indexOf(segmentStart, from);
  const end = text.indexOf(segmentEnd, from);
  if (start === -1) return end;
  if (end === -1) return start;
  return Math.min(start, end);
}
