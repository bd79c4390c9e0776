import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { frontmatterBlock } from '../releases/frontmatter-block.ts';
import type { ContentProblem } from './problem.ts';
import type { ReleaseFile } from './source-file.ts';
import { yamlErrorToFix } from './yaml-errors.ts';

/** A release file taken apart: its Markdown body and its frontmatter, both with line numbers. */
export interface ParsedRelease {
  file: ReleaseFile;
  /** The whole file as Markdown; the frontmatter is its first node. */
  tree: Root;
  frontmatter: Document;
  /** The file line of a position in the frontmatter's text. */
  frontmatterLine: (offset: number) => number;
}

const markdownParser = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

/**
 * The text worth parsing as Markdown. The checks look only at links, images and HTML in the
 * body, and Markdown writes none of them without `[` or `<`: a body with neither is left out,
 * which keeps checking tens of thousands of files (every build does) from parsing every word.
 */
function textToParse(text: string): string {
  const frontmatter = frontmatterBlock.exec(text)?.[0];
  return frontmatter && !/[[<]/.test(text.slice(frontmatter.length)) ? frontmatter : text;
}

/**
 * Parses a release's text. The frontmatter is read with the YAML 1.2 core schema, which keeps
 * dates as the text the editor wrote, so an impossible `2013-02-30` is caught rather than
 * silently rolled over to 2 March.
 */
export function parseRelease(file: ReleaseFile, text: string): ParsedRelease | ContentProblem[] {
  const tree = markdownParser.parse(textToParse(text));
  const [first] = tree.children;
  if (first?.type !== 'yaml') {
    const fix = text.startsWith('---')
      ? 'the frontmatter starts with --- on line 1 but never ends: add a line with only --- after the last field.'
      : 'the file must start with its frontmatter: a line with ---, the fields (title, date, type, organisation...), then another line with ---. Run `npm run new` to get a file to copy from.';
    return [{ file: file.displayPath, line: 1, message: fix }];
  }
  // The YAML text starts on the line after the opening ---.
  const firstYamlLine = (first.position?.start.line ?? 1) + 1;
  const lineCounter = new LineCounter();
  const frontmatter = parseDocument(first.value, { lineCounter, prettyErrors: true, uniqueKeys: true, schema: 'core' });
  const frontmatterLine = (offset: number) => lineCounter.linePos(offset).line + firstYamlLine - 1;
  if (frontmatter.errors.length > 0) {
    return frontmatter.errors.map((error) => ({
      file: file.displayPath,
      line: (error.linePos?.[0]?.line ?? 1) + firstYamlLine - 1,
      message: yamlErrorToFix(error.code, error.message),
    }));
  }
  return { file, tree, frontmatter, frontmatterLine };
}
