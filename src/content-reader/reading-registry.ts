import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { problemToText } from './content-problem.ts';
import { textToReleaseReading, type ReleaseReading } from './read-release.ts';

// On globalThis, because Astro loads the check (an integration), the content loader and the built
// pages as separate module graphs in one process: a module's own Map would be one per graph.
const registryKey = Symbol.for('newsroom.release-readings');
type Registry = Map<string, ReleaseReading>;

function registry(): Registry {
  const shared = globalThis as { [registryKey]?: Registry };
  return (shared[registryKey] ??= new Map());
}

/** Keeps a reading for the rest of the build, so the loader and the pages use the check's reading of that file. */
export function rememberReading(reading: ReleaseReading): void {
  registry().set(reading.path, reading);
}

/** The reading of a file as the loader found it: the remembered one when the text is the same, else a new one, remembered. */
export function textToRememberedReading(path: string, text: string): ReleaseReading {
  const remembered = registry().get(path);
  if (remembered && remembered.frontmatter.text === text) return remembered;
  const reading = textToReleaseReading(path, relative(process.cwd(), path), text);
  if (Array.isArray(reading)) {
    const problems = reading.map((problem) => `  ✗ ${problemToText(problem)}`).join('\n');
    throw new Error(`${relative(process.cwd(), path)} cannot be read (run \`npm run content:check\` for the whole report):\n${problems}`);
  }
  rememberReading(reading);
  return reading;
}

/** The reading of a release file for a page: the build's reading, or (a page rendered without it, as in a test) the file read now. */
export async function releaseFileToReading(path: string): Promise<ReleaseReading> {
  return registry().get(path) ?? textToRememberedReading(path, await readFile(path, 'utf8'));
}
