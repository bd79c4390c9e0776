// Which files two built sites do not share byte for byte: what the incremental bench and the
// incremental-build test both ask of a rebuild and a build from nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under a folder, as sorted paths relative to it. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(folder, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** The files two built sites do not share byte for byte: missing from one, or different. Empty when they are identical. */
export function differingFiles(one: string, other: string): string[] {
  const ones = new Set(filesUnder(one));
  const others = new Set(filesUnder(other));
  const differing = [...ones, ...others].filter((file) => !ones.has(file) || !others.has(file));
  for (const file of ones) {
    if (others.has(file) && !readFileSync(join(one, file)).equals(readFileSync(join(other, file)))) differing.push(file);
  }
  return differing.sort();
}
