import type { ImageFunction } from 'astro:content';
import { z } from 'astro/zod';
import { isMap, isScalar, isSeq, type Document, type Node } from 'yaml';
import { releaseSchema } from '../releases/schema.ts';
import type { ParsedRelease } from './parse-release.ts';
import type { ContentProblem } from './problem.ts';
import { schemaIssueToFix, type SchemaIssue } from './schema-issue-to-fix.ts';

// Outside a build there is no image pipeline: a photo is a path here, and `internal-links.ts` checks that it exists.
const pathInsteadOfImage = (() => z.string()) as unknown as ImageFunction;
const schema = releaseSchema({ image: pathInsteadOfImage });

export type ReleaseData = z.infer<typeof schema>;

/** Each top-level field's own schema, to read one field of a file whose other fields may be wrong. */
export const releaseFieldSchemas = schema.shape;

/** The deepest node of the frontmatter along a path: the field itself, or the nearest parent that exists. */
function nodeAt(frontmatter: Document, path: readonly PropertyKey[]): Node | undefined {
  let node: unknown = frontmatter.contents;
  let found: Node | undefined = frontmatter.contents ?? undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
      node = pair?.value;
    } else if (isSeq(node) && typeof key === 'number') {
      node = node.items[key];
    } else {
      break;
    }
    if (!node || !(isMap(node) || isSeq(node) || isScalar(node))) break;
    found = node;
  }
  return found;
}

/** The line of a top-level field's name, for problems about the field rather than its value. */
function keyLine(release: ParsedRelease, key: string): number | undefined {
  const contents = release.frontmatter.contents;
  if (!isMap(contents)) return undefined;
  const pair = contents.items.find((item) => isScalar(item.key) && item.key.value === key);
  const range = isScalar(pair?.key) ? pair.key.range : undefined;
  return range ? release.frontmatterLine(range[0]) : undefined;
}

/**
 * Checks the frontmatter against the collection's schema (the one source of truth), and turns
 * each issue into a fix worded for editors, on the line of the field.
 */
export function checkFrontmatterFields(release: ParsedRelease): { data?: ReleaseData; problems: ContentProblem[] } {
  const raw: unknown = release.frontmatter.toJS();
  const result = schema.safeParse(raw ?? {});
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) => {
    const schemaIssue = issue as SchemaIssue;
    const keys = schemaIssue.code === 'unrecognized_keys' ? (schemaIssue.keys ?? []) : [undefined];
    return keys.map((unknownKey) => {
      const path = unknownKey === undefined ? schemaIssue.path : [...schemaIssue.path, unknownKey];
      const node = nodeAt(release.frontmatter, path);
      const line =
        unknownKey !== undefined && path.length === 1
          ? keyLine(release, unknownKey)
          : node?.range
            ? release.frontmatterLine(node.range[0])
            : undefined;
      const problem: ContentProblem = {
        file: release.file.displayPath,
        field: path.map(String).join('.'),
        message: schemaIssueToFix(schemaIssue, path, raw, schema.shape),
      };
      // A missing field has no line of its own; pointing at the frontmatter's first line would mislead.
      const missing = unknownKey === undefined && path.length > 0 && node === release.frontmatter.contents;
      return missing || line === undefined ? problem : { ...problem, line };
    });
  });
  return { problems };
}
