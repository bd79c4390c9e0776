import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { problemToText } from './content-problem.ts';
import { readingToKept, textToHash, type KeptReading, type RenderedText } from './kept-reading.ts';
import { textToReleaseReading, type ReleaseReading } from './read-release.ts';

// On globalThis, because Astro loads the check (an integration), the content loader and the built
// pages as separate module graphs in one process: a module's own Map would be one per graph.
const registryKey = Symbol.for('newsroom.release-readings');
type Registry = Map<string, KeptReading>;

function registry(): Registry {
  const shared = globalThis as { [registryKey]?: Registry };
  return (shared[registryKey] ??= new Map());
}

/** Keeps what the rest of the build needs of a reading, so the loader and the pages use the check's reading of that file. */
export function rememberReading(reading: ReleaseReading): void {
  registry().set(reading.path, readingToKept(reading));
}

/** Every reading the build keeps: the release files it has read, for what needs their values after the pages (the form's notes). */
export function keptReadings(): KeptReading[] {
  return [...registry().values()];
}

/** What the build keeps of a file as the loader found it: the check's reading when the text is the same, else a new reading, kept. */
export function textToKeptReading(path: string, text: string): KeptReading {
  const kept = registry().get(path);
  if (kept && kept.textHash === textToHash(text)) return kept;
  const reading = textToReleaseReading(path, relative(process.cwd(), path), text);
  if (Array.isArray(reading)) {
    const problems = reading.map((problem) => `  ✗ ${problemToText(problem)}`).join('\n');
    throw new Error(`${relative(process.cwd(), path)} cannot be read (run \`npm run content:check\` for the whole report):\n${problems}`);
  }
  rememberReading(reading);
  return registry().get(path) as KeptReading;
}

/** What the build keeps of a release file for a page: the build's reading, or (a page rendered without it, as in a test) the file read now. */
export async function releaseFileToKeptReading(path: string): Promise<KeptReading> {
  return registry().get(path) ?? textToKeptReading(path, await readFile(path, 'utf8'));
}

/**
 * A `.md` release's rendered text. Its page takes it (`forget`), and the build then lets it go: each
 * file has one page, so a build never needs it twice, and keeping every release's HTML to the end
 * cost about 180 MB at 10,000 pairs. Asked again (`astro dev` renders a page at each visit), the
 * file is read again.
 */
export async function releaseFileToRenderedText(path: string, { forget }: { forget: boolean }): Promise<RenderedText> {
  let kept = await releaseFileToKeptReading(path);
  if (!kept.rendered) {
    if (path.endsWith('.mdx')) throw new Error(`${relative(process.cwd(), path)} is MDX: Astro renders it, the reading does not.`);
    registry().delete(path);
    kept = await releaseFileToKeptReading(path);
  }
  const rendered = kept.rendered as Promise<RenderedText>;
  if (forget) registry().set(path, { ...kept, rendered: undefined });
  return await rendered;
}
