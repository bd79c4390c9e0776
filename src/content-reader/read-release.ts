import { pathToFileURL } from 'node:url';
import { readMdxBody, type MdxBodyReading } from '../content-checks/mdx-body.ts';
import type { ContentProblem } from './content-problem.ts';
import { bodyToDroppedFrontmatter } from './dropped-frontmatter.ts';
import { countReading } from './reading-counts.ts';
import { readReleaseText, type ReleaseText } from './read-frontmatter.ts';
import { renderBody, type RenderedBody } from './render-body.ts';

/**
 * One reading of one release file, which the content check, the content loader, the release page,
 * the lists, the feeds and the search fields all use: the file's text → its frontmatter with line
 * numbers → its body rendered by the build's own processor → the words readers see first. Each step
 * runs once, when something first needs it, so the check and the build cannot read a file differently.
 */
export interface ReleaseReading {
  /** The file's absolute path. */
  path: string;
  frontmatter: ReleaseText;
  /** A `.md` body as the page shows it, with what the check needs to place problems on lines. */
  renderedBody: () => Promise<RenderedBody>;
  /** An `.mdx` body as the MDX parser reads it: what the check refuses, its first paragraph and videos. */
  mdxBody: () => MdxBodyReading;
  /** The first paragraph's words: a list's teaser, a feed item and a page's description when there is no standfirst. */
  firstParagraph: () => Promise<string>;
  /** A block opening the body that the renderer would take for a second frontmatter and drop, read by remark-frontmatter. */
  droppedFrontmatter: () => { lastLine: number } | undefined;
}

/** Reads a release file's text (already decoded and checked for its encoding); `displayPath` is how messages name it. */
export function textToReleaseReading(path: string, displayPath: string, text: string): ReleaseReading | ContentProblem[] {
  countReading('readings', path);
  const frontmatter = readReleaseText(displayPath, text);
  if (Array.isArray(frontmatter)) return frontmatter;
  let rendered: Promise<RenderedBody> | undefined;
  let mdx: MdxBodyReading | undefined;
  const isMdx = path.endsWith('.mdx');
  const renderedBody = () => {
    if (!rendered) countReading('renders', path);
    return (rendered ??= renderBody(frontmatter.body, pathToFileURL(path), frontmatter.data));
  };
  const mdxBody = () => (mdx ??= readMdxBody(frontmatter.body));
  return {
    path,
    frontmatter,
    renderedBody,
    mdxBody,
    firstParagraph: async () => (isMdx ? mdxBody().firstParagraph : (await renderedBody()).firstParagraph),
    droppedFrontmatter: () => bodyToDroppedFrontmatter(frontmatter.body),
  };
}
