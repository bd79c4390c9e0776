import { statSync } from 'node:fs';
import type { ImageMetadata } from 'astro';

/**
 * The size in bytes of a photo's original file, for its download link.
 * Astro keeps the source path of an imported image as a non-enumerable `fsPath`.
 */
export function photoFileBytes(image: ImageMetadata): number {
  const fsPath: unknown = (image as ImageMetadata & { fsPath?: unknown }).fsPath;
  if (typeof fsPath !== 'string') throw new Error(`Cannot find the file of the image ${image.src} to give its size.`);
  return statSync(fsPath).size;
}
