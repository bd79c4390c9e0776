import { decodeReleaseText } from '../content-reader/decode-text.ts';
import { readReleaseText } from '../content-reader/read-frontmatter.ts';
import type { ReleaseFile } from '../content-reader/source-file.ts';

/** Every reference the release files give, as written; a file that cannot be read gives none (the content check explains it). */
export function readUsedReferences(files: readonly ReleaseFile[]): string[] {
  return files.flatMap((file) => {
    const decoded = decodeReleaseText(file);
    const text = typeof decoded === 'string' ? readReleaseText(file.displayPath, decoded) : decoded;
    if (Array.isArray(text)) return [];
    const reference = text.data['reference'];
    return typeof reference === 'string' ? [reference.trim()] : [];
  });
}
