import { z } from 'astro/zod';
import type { ContentProblem } from '../content-reader/content-problem.ts';
import type { ReleaseText } from '../content-reader/read-frontmatter.ts';
import { partialDateToIso, parsePartialDate } from '../releases/partial-date.ts';
import { imagePathOnly, releaseSchema } from '../releases/schema.ts';
import { schemaIssueToFix, type SchemaIssue } from './schema-issue-to-fix.ts';

// Outside a build there is no image pipeline: a photo is a path here, and `addresses.ts` checks what it points to.
const schema = releaseSchema({ image: imagePathOnly });

export type ReleaseData = z.infer<typeof schema>;

/** Each top-level field's own schema, to read one field of a file whose other fields may be wrong. */
export const releaseFieldSchemas = schema.shape;

/**
 * YAML reads an unquoted date or year by its own rules: `2013-12-31T23:00:00-02:00` becomes a
 * moment in 2014, `0o3727` the number 2007. The build publishes what YAML read, so a date whose
 * reading differs from its writing is refused, showing both.
 */
function dateAsWritten(release: ReleaseText, file: string): ContentProblem | undefined {
  const value = release.data['date'];
  if (typeof value !== 'number' && !(value instanceof Date)) return undefined;
  const read = parsePartialDate(value);
  if (typeof read === 'string') return undefined;
  const written = release.sourceOf(['date'])?.trim();
  const shown = partialDateToIso(read);
  if (written === shown) return undefined;
  // An impossible day such as 2013-02-30 is rolled over by YAML (to 2 March): say what is wrong with it.
  const asWritten = written === undefined ? undefined : parsePartialDate(written);
  const message =
    typeof asWritten === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(written ?? '')
      ? `the date ${asWritten}. Write a real date as "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only the month or year is known.`
      : `the date is written ${written ?? 'in a way'} that YAML reads as ${shown}, so that is what the site would show: write the date in double quotes, as "YYYY-MM-DD", "YYYY-MM" or "YYYY".`;
  const problem: ContentProblem = { file, field: 'date', message };
  const line = release.lineOf(['date']);
  return line === undefined ? problem : { ...problem, line };
}

/**
 * Checks the frontmatter, as the build reads it, against the collection's schema (the one source
 * of truth), and turns each issue into a fix worded for editors, on the line of the field.
 */
export function checkFrontmatterFields(release: ReleaseText, file: string): { data?: ReleaseData; problems: ContentProblem[] } {
  const raw = release.data;
  const result = schema.safeParse(raw);
  const dateProblem = dateAsWritten(release, file);
  if (result.success) return dateProblem ? { problems: [dateProblem] } : { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) => {
    const schemaIssue = issue as SchemaIssue;
    const keys = schemaIssue.code === 'unrecognized_keys' ? (schemaIssue.keys ?? []) : [undefined];
    return keys.map((unknownKey) => {
      const path = (unknownKey === undefined ? schemaIssue.path : [...schemaIssue.path, unknownKey]) as (string | number)[];
      const missing = unknownKey === undefined && path.length > 0 && release.sourceOf(path) === undefined && !hasValueAt(raw, path);
      const problem: ContentProblem = {
        file,
        field: path.map(String).join('.'),
        message: schemaIssueToFix(schemaIssue, path, raw, schema.shape, release.sourceOf(path)),
      };
      // A missing field has no line of its own; pointing at the frontmatter's first line would mislead.
      const line = missing ? undefined : release.lineOf(path);
      return line === undefined ? problem : { ...problem, line };
    });
  });
  return { problems: dateProblem ? [...problems.filter((problem) => problem.field !== 'date'), dateProblem] : problems };
}

function hasValueAt(data: unknown, path: readonly (string | number)[]): boolean {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return false;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value !== undefined;
}
