import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import type { LastChange } from './translation-status.ts';

function git(args: string[], cwd: string): string | undefined {
  try {
    return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 256 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/**
 * When each file under a folder last changed: the time of the last commit that touched it, read
 * from one pass over the history; the file's own modification time when it has uncommitted edits,
 * is not committed yet, or there is no git history at all. `usedGit` says which applied.
 */
export function readLastChanges(folder: string): { lastChange: (absolutePath: string) => LastChange; usedGit: boolean } {
  const root = git(['rev-parse', '--show-toplevel'], folder)?.trim();
  const committed = new Map<string, Date>();
  const edited = new Set<string>();
  if (root) {
    // Newest commits first: the first time a path appears is its last change.
    let time = new Date(0);
    for (const line of (git(['log', '--format=%x00%ct', '--name-only', '--', '.'], folder) ?? '').split('\n')) {
      if (line.startsWith('\0')) time = new Date(Number(line.slice(1)) * 1000);
      else if (line.trim() && !committed.has(resolve(root, line))) committed.set(resolve(root, line), time);
    }
    for (const line of (git(['status', '--porcelain', '--no-renames', '--', '.'], folder) ?? '').split('\n')) {
      if (line.length > 3) edited.add(resolve(root, line.slice(3)));
    }
  }
  const lastChange = (absolutePath: string): LastChange => {
    const fromGit = committed.get(absolutePath);
    return fromGit && !edited.has(absolutePath) ? { time: fromGit, source: 'git' } : { time: statSync(absolutePath).mtime, source: 'file' };
  };
  return { lastChange, usedGit: committed.size > 0 };
}
