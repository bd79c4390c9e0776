import { extractFrontmatter, parseFrontmatter } from 'astro/markdown';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';
import { structuralProblems, valueProblems } from './frontmatter-structure.ts';
import { problemAt, type ContentProblem, type FieldPath } from './content-problem.ts';
import { lineAndColumn } from './unwanted-characters.ts';
import { yamlErrorToFix } from './yaml-errors.ts';

/** A release file taken apart exactly as the build takes it apart, with positions for messages. */
export interface ReleaseText {
  /** The whole file. */
  text: string;
  /** The frontmatter's YAML as written, between its --- lines. */
  yaml: string;
  /** The frontmatter's values as the build reads them: Astro's own parser (js-yaml), so every type is the build's. */
  data: Record<string, unknown>;
  /** The frontmatter's YAML with positions (the `yaml` package), read only when a message needs a line. */
  document: () => Document;
  /** The file line of a field, or of the nearest parent field that exists. */
  lineOf: (path: FieldPath) => number | undefined;
  /** The YAML source of a field's value exactly as written (quotes included), when it is a single value. */
  sourceOf: (path: FieldPath) => string | undefined;
  /** The text the build renders, and its offset in the file. */
  body: string;
  bodyOffset: number;
  /** The offset of the frontmatter's closing `---`, below which the text goes. */
  closingFenceOffset: number;
}

/** Characters without which YAML cannot hold an anchor, an alias, a tag or a merge key: only then is the slower reader needed. */
const structuralMarks = /[&*!]|<</;

/** The deepest node of the frontmatter along a path: the field itself, or the nearest parent that exists. */
export function nodeAt(document: Document, path: FieldPath): Node | undefined {
  let node: unknown = document.contents;
  let found: Node | undefined = document.contents ?? undefined;
  for (const key of path) {
    if (isMap(node)) node = node.items.find((item) => isScalar(item.key) && item.key.value === key)?.value;
    else if (isSeq(node) && typeof key === 'number') node = node.items[key];
    else break;
    if (!node || !(isMap(node) || isSeq(node) || isScalar(node))) break;
    found = node;
  }
  return found;
}

/**
 * Reads a release file's frontmatter and body. The frontmatter is found and read by Astro's own
 * functions, so the values the checks judge are the ones the build will publish (js-yaml reads
 * an unquoted 2013-01-31 as a date and 0o3727 as the number 2007; the checks see the same). YAML
 * that only a program would write (anchors and aliases, tags, merge keys) is refused: a release
 * never needs it, and an alias can multiply a few lines into billions of values.
 */
export function readReleaseText(file: string, text: string): ReleaseText | ContentProblem[] {
  const yaml = extractFrontmatter(text);
  const opening = /^\uFEFF?\s*(---|\+\+\+)/.exec(text)?.[1];
  if (yaml === undefined || opening === undefined) {
    const fix = /^\uFEFF?\s*---/.test(text)
      ? 'the frontmatter starts with --- on line 1 but never ends: add a line with only --- after the last field.'
      : 'the file must start with its frontmatter: a line with ---, the fields (title, date, type, organisation...), then another line with ---. Run `npm run new` to get a file to copy from.';
    return [{ file, line: 1, message: fix }];
  }
  if (opening === '+++') {
    return [
      {
        file,
        line: 1,
        message: 'the frontmatter is written between +++ lines (TOML): write it between --- lines, in YAML, as in the contributor guide.',
      },
    ];
  }
  const yamlOffset = text.indexOf(`---${yaml}`) + 3;
  const firstYamlLine = lineAndColumn(text, yamlOffset).line;

  let cached: { document: Document; lineCounter: LineCounter } | undefined;
  const read = () => {
    if (!cached) {
      const lineCounter = new LineCounter();
      cached = { document: parseDocument(yaml, { lineCounter, prettyErrors: true, uniqueKeys: true, schema: 'core' }), lineCounter };
    }
    return cached;
  };
  const lineAt = (offset: number) => read().lineCounter.linePos(offset).line + firstYamlLine - 1;
  const lineOf = (path: FieldPath) => {
    const range = nodeAt(read().document, path)?.range;
    return range ? lineAt(range[0]) : undefined;
  };
  const sourceOf = (path: FieldPath) => {
    const node = read().document.getIn(path, true);
    return isScalar(node) && node.range ? yaml.slice(node.range[0], node.range[1]) : undefined;
  };

  let parsed: ReturnType<typeof parseFrontmatter>;
  try {
    parsed = parseFrontmatter(text, { frontmatter: 'empty-with-spaces' });
  } catch (error) {
    return yamlProblems(file, read().document, lineAt, error, firstYamlLine);
  }
  const problems: ContentProblem[] = [];
  // Astro reads a frontmatter that is not a group of fields as no fields at all: only then, or with a mark of anchors or tags, is the YAML read again.
  const notFields = Array.isArray(parsed.frontmatter) || (yaml.trim() !== '' && Object.keys(parsed.frontmatter).length === 0);
  if (notFields || structuralMarks.test(yaml)) {
    // One alias or anchor is enough to explain; a file full of them would otherwise fill the report.
    problems.push(
      ...structuralProblems(file, read().document, lineAt)
        .sort((a, b) => (a.line ?? 0) - (b.line ?? 0))
        .slice(0, 5),
    );
    if (problems.length === 0 && read().document.errors.length > 0)
      return yamlProblems(file, read().document, lineAt, undefined, firstYamlLine);
  }
  problems.push(...valueProblems(file, parsed.frontmatter, lineOf));
  if (problems.length > 0) return problems;

  // The body the loader stores and the page renders: this reading is theirs too (read-release.ts).
  const content = parsed.content;
  return {
    text,
    yaml,
    data: parsed.frontmatter,
    document: () => read().document,
    lineOf,
    sourceOf,
    body: content.trim(),
    bodyOffset: content.length - content.trimStart().length,
    closingFenceOffset: yamlOffset + yaml.length,
  };
}

/** The YAML's own errors, explained; js-yaml's words when only it finds one (the build uses js-yaml). */
function yamlProblems(
  file: string,
  document: Document,
  lineAt: (offset: number) => number,
  error: unknown,
  firstYamlLine: number,
): ContentProblem[] {
  if (document.errors.length > 0) {
    // The first few errors: after one, the YAML parser often finds more that are only its consequence.
    return document.errors
      .slice(0, 3)
      .map((yamlError) => problemAt(file, lineAt(yamlError.pos[0]), yamlErrorToFix(yamlError.code, yamlError.message)));
  }
  const reason =
    error instanceof Error && 'reason' in error ? String(error.reason) : error instanceof Error ? error.message : String(error);
  const mark = error instanceof Error && 'mark' in error ? (error.mark as { line?: number } | undefined) : undefined;
  const line = typeof mark?.line === 'number' ? mark.line + firstYamlLine : undefined;
  if (/maxDepth|call stack/.test(reason)) return [problemAt(file, line, yamlErrorToFix('RESOURCE_EXHAUSTION', reason))];
  return [problemAt(file, line, `the frontmatter is not valid YAML (${reason}): compare it with the example in the contributor guide.`)];
}
