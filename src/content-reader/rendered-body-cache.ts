import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { RenderedBody } from './render-body.ts';

/**
 * Rendered release bodies kept between builds, so a rebuild renders only the bodies that changed:
 * rendering every body was about 10 of the 23 s a no-change rebuild spent in its start-up and
 * content check at 10,000 pairs. One file per release file, named by a hash of its path and
 * replaced when its body changes; each holds the key it was rendered under (the code, the
 * settings, the path, the body and its frontmatter), and a rendering whose key differs in any byte
 * is rendered again, never used.
 */
export interface RenderedBodyCache {
  folder: string;
  /** The code and settings that render (build-version.ts), part of every key. */
  code: string;
}

/**
 * The HTML is kept as UTF-8: V8 writes a string holding any character beyond Latin-1 (a ’, an œ)
 * at two bytes a character, which took the kept renderings of 50,000 pairs from 705 to 1,153 MB.
 */
interface Entry {
  key: string;
  html: Uint8Array;
  rest: Omit<RenderedBody, 'html'>;
}

function entryFile(cache: RenderedBodyCache, file: URL): string {
  return join(cache.folder, `${createHash('sha256').update(file.href).digest('hex')}.v8`);
}

/** The key a body is rendered under: the code and settings, the file's path, its frontmatter and its body. */
export function renderingKey(cache: RenderedBodyCache, body: string, file: URL, frontmatter: Record<string, unknown>): string {
  return createHash('sha256')
    .update(cache.code)
    .update('\0')
    .update(file.href)
    .update('\0')
    .update(JSON.stringify(frontmatter))
    .update('\0')
    .update(body)
    .digest('hex');
}

/** The rendering kept for `file` under `key` (renderingKey), or undefined when there is none under that key (or it cannot be read). */
export function keptRendering(cache: RenderedBodyCache, key: string, file: URL): RenderedBody | undefined {
  try {
    const entry = deserialize(readFileSync(entryFile(cache, file))) as Entry;
    return entry.key === key ? { ...entry.rest, html: new TextDecoder().decode(entry.html) } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Keeps a rendering, written under another name and then renamed: another build reading it
 * meanwhile sees the old one or the new, whole. A rendering that cannot be kept is rendered again
 * next time: the build goes on.
 */
export function keepRendering(cache: RenderedBodyCache, key: string, file: URL, rendered: RenderedBody): void {
  const target = entryFile(cache, file);
  const written = `${target}.${process.pid}.tmp`;
  try {
    mkdirSync(cache.folder, { recursive: true });
    const { html, ...rest } = rendered;
    writeFileSync(written, serialize({ key, html: Buffer.from(html, 'utf8'), rest } satisfies Entry));
    renameSync(written, target);
  } catch {
    rmSync(written, { force: true });
  }
}

/** Deletes the renderings of files no longer in the content (a release deleted or renamed). */
export function forgetOtherRenderings(cache: RenderedBodyCache, files: readonly URL[]): void {
  const kept = new Set(files.map((file) => entryFile(cache, file)));
  let names: string[];
  try {
    names = readdirSync(cache.folder);
  } catch {
    return;
  }
  // Another build's writes in progress (`.tmp`) are its own to finish.
  for (const name of names) {
    const path = join(cache.folder, name);
    if (name.endsWith('.v8') && !kept.has(path)) rmSync(path, { force: true });
  }
}
