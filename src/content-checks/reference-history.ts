import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import type { ContentProblem } from '../content-reader/content-problem.ts';
import type { LifeFile } from './release-life.ts';

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** The value of a `reference:` line of a diff, read as YAML reads it; undefined for any other line. */
function referenceOfLine(line: string): string | undefined {
  if (!/^reference\s*:/.test(line)) return undefined;
  try {
    const value = (parse(line) as { reference?: unknown } | null)?.reference;
    return typeof value === 'string' ? value.trim() : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every reference each file has had in the git history of the content folder, read in one pass
 * over the commits that added or removed a `reference:` line. Undefined when there is no history
 * to read: no repository, or a shallow clone that holds only the last commit.
 */
export function readReferenceHistory(contentDir: string): Map<string, Set<string>> | undefined {
  const root = git(['rev-parse', '--show-toplevel'], contentDir)?.trim();
  if (!root || git(['rev-parse', '--is-shallow-repository'], contentDir)?.trim() !== 'false') return undefined;
  const log = git(['log', '--format=%x00', '-p', '--unified=0', '--no-renames', '-G^reference', '--', '.'], contentDir);
  if (log === undefined) return undefined;
  const history = new Map<string, Set<string>>();
  let file: string | undefined;
  for (const line of log.split('\n')) {
    if (line.startsWith('+++ b/')) file = resolve(root, line.slice(6));
    else if (line.startsWith('--- ')) continue;
    else if (file && (line.startsWith('+') || line.startsWith('-'))) {
      const reference = referenceOfLine(line.slice(1));
      if (reference) history.set(file, (history.get(file) ?? new Set()).add(reference));
    }
  }
  return history;
}

/**
 * A reference never changes once committed: links, citations and the short address use it. A file
 * whose history holds another reference than the one it has now is refused, naming the old one.
 */
export function checkReferenceHistory(
  files: readonly LifeFile[],
  contentDir: string,
): { problems: ContentProblem[]; notices: ContentProblem[] } {
  const history = readReferenceHistory(contentDir);
  if (!history)
    return {
      problems: [],
      notices: [
        {
          file: contentDir,
          message:
            'has no full git history here (not a repository, or a shallow clone): changed references were not checked. Fetch the history (`git fetch --unshallow`) to check them.',
        },
      ],
    };
  const problems = files.flatMap(({ file, data, lineOf }) => {
    const earlier = [...(history.get(resolve(contentDir, file.path)) ?? [])];
    const changed = earlier.filter((reference) => reference !== data.reference);
    if (changed.length === 0) return [];
    const line = lineOf(['reference']);
    return [
      {
        file: file.displayPath,
        field: 'reference',
        ...(line === undefined ? {} : { line }),
        message: `was ${changed.join(', ')} before: a reference never changes once given, as links and citations use it. Put back "reference: ${changed.at(-1)}".`,
      },
    ];
  });
  return { problems, notices: [] };
}
