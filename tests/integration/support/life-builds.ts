import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Builds a content folder as `npm run build` does, at a given "now"; the search index only when asked (it takes longest). */
export function buildAt(contentDir: string, outDir: string, now: string, { search = false } = {}): string {
  rmSync(outDir, { recursive: true, force: true });
  rmSync(`${outDir}-cache`, { recursive: true, force: true });
  const env = { ...process.env, NEWSROOM_CONTENT_DIR: contentDir, NEWSROOM_OUT_DIR: outDir, NEWSROOM_NOW: now };
  const steps = [['node_modules/.bin/astro', 'build'], ...(search ? [[process.execPath, 'scripts/build-search.ts']] : [])];
  let output = '';
  for (const [command, ...args] of steps) {
    const run = spawnSync(command!, args, { encoding: 'utf8', env, maxBuffer: 64 * 1024 * 1024 });
    output += `${run.stdout}${run.stderr}`;
    if (run.status !== 0) throw new Error(`${command} ${args.join(' ')} failed at ${now}:\n${output.slice(-3000)}`);
  }
  return output;
}

/** Every file a build wrote, as text: Pagefind's gzipped index files are read unzipped, so nothing it holds is missed. */
export function builtFiles(outDir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const entry of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = readFileSync(path);
    const text = bytes[0] === 0x1f && bytes[1] === 0x8b ? gunzipSync(bytes).toString('utf8') : bytes.toString('utf8');
    files.set(relative(outDir, path).split(sep).join('/'), text);
  }
  return files;
}

/** The built files that mention a text anywhere: an address, a title, a reference. */
export function filesMentioning(files: Map<string, string>, text: string): string[] {
  return [...files].filter(([, content]) => content.includes(text)).map(([path]) => path);
}
