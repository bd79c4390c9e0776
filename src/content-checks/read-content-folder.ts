import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './source-file.ts';

/**
 * Every file under the content folder, hidden ones included: a stray file is reported, never
 * ignored. `displayPrefix` is how editors name the folder (`content`).
 */
export function readContentFolder(contentDir: string, displayPrefix = contentDir): SourceFile[] {
  if (!existsSync(contentDir)) {
    throw new Error(
      `The content folder ${contentDir} does not exist: run this from the repository's top folder, or set NEWSROOM_CONTENT_DIR.`,
    );
  }
  const entries = readdirSync(contentDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() || entry.isSymbolicLink())
    .map((entry) => {
      const absolute = join(entry.parentPath, entry.name);
      const path = relative(contentDir, absolute).split(sep).join('/');
      const displayPath = `${displayPrefix.replace(/^\.\//, '').replace(/\/$/, '')}/${path}`;
      return { path, displayPath, bytes: readFileSync(absolute) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
