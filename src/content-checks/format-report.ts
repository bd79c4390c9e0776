import { problemToText, type ContentProblem } from '../content-reader/content-problem.ts';

/** Notices after the report: things the site already handles, which the editor should still know. */
export function formatNotices(notices: readonly ContentProblem[]): string {
  if (notices.length === 0) return '';
  const heading = `${notices.length} ${notices.length === 1 ? 'notice' : 'notices'} (nothing to fix for the site to publish):`;
  return ['', '', heading, ...notices.map((notice) => `  ℹ ${problemToText(notice)}`)].join('\n');
}

/**
 * The whole report, grouped by file, with a count and where to read more, then any notices. The
 * same text is printed by `npm run content:check` and by a failing build.
 */
export function formatReport(problems: readonly ContentProblem[], fileCount: number, notices: readonly ContentProblem[] = []): string {
  if (problems.length === 0) return `Checked ${fileCount} files under content/: no problems found.${formatNotices(notices)}`;
  const files = new Set(problems.map((problem) => problem.file));
  const lines = problems.map((problem) => `  ✗ ${problemToText(problem)}`);
  const heading = `${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${files.size} ${files.size === 1 ? 'file' : 'files'} (of ${fileCount} checked under content/):`;
  const footer =
    'Fix each line above, then run `npm run content:check` again. The contributor guide (docs/CONTRIBUTING.md, docs/CONTRIBUTING.fr.md) explains every field.';
  return [heading, ...lines, '', footer].join('\n') + formatNotices(notices);
}
