/** One thing an editor must fix, located as precisely as the file allows. */
export interface ContentProblem {
  /** The file's path as the editor sees it in the repository: `content/en/my-release.md`. */
  file: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  /** The frontmatter field, dotted for nested ones: `related.0.url`. */
  field?: string;
  /** What is wrong and what to write instead, in plain words. */
  message: string;
}

/** A frontmatter path: field names and list indexes, `['photos', 0, 'alt']`. */
export type FieldPath = readonly (string | number)[];

/** A problem on a line when the line is known, on the file otherwise. */
export function problemAt(file: string, line: number | undefined, message: string): ContentProblem {
  return line === undefined ? { file, message } : { file, line, message };
}

/** By file, then by line, so a report reads top to bottom like the files themselves. */
export function sortProblems(problems: readonly ContentProblem[]): ContentProblem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.field ?? '').localeCompare(b.field ?? ''),
  );
}

/** `content/en/x.md:12 (title): message` — the `path:line` form editors' tools turn into links. */
export function problemToText(problem: ContentProblem): string {
  const location = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const field = problem.field === undefined ? '' : ` (${problem.field})`;
  return `${location}${field}: ${problem.message}`;
}
