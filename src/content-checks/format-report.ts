import { problemToText, type ContentProblem } from '../content-reader/content-problem.ts';

/**
 * The whole report, grouped by file, with a count and where to read more. The same text is
 * printed by `npm run content:check` and by a failing build.
 */
export function formatReport(problems: readonly ContentProblem[], fileCount: number): string {
  if (problems.length === 0) return `Checked ${fileCount} files under content/: no problems found.`;
  const files = new Set(problems.map((problem) => problem.file));
  const lines = problems.map((problem) => `  ✗ ${problemToText(problem)}`);
  const heading = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${files.size} ${files.size === 1 ? 'file' : 'files'} (of ${fileCount} checked under content/):`;
  const footer =
    'Fix each line above, then run `npm run content:check` again. The contributor guide (docs/CONTRIBUTING.md, docs/CONTRIBUTING.fr.md) explains every field.';
  return [heading, ...lines, '', footer].join('\n');
}
