import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ImageMetadata } from 'astro';
import { photoToPublished, type PublishedPhoto } from './photo-to-published.ts';

/** Where downloadable photos are published: `/photos/<name>-<hash>.<extension>`. */
export const downloadsFolder = 'photos';

/** Bumped when `photoToPublished` changes what it writes, so no cache keeps a file under the old name. */
const pipelineVersion = '1';

export interface PhotoDownload {
  /** The site path of the published file: `/photos/city-at-dusk-3f2a9c1b0d.jpg`. */
  path: string;
  /** The file name inside the downloads folder, the endpoint's parameter. */
  file: string;
  /** The size of the published file, which the page shows beside its link. */
  bytes: number;
  extension: string;
}

/**
 * Astro keeps the source path of an imported image as `fsPath`; reading it (unlike any other
 * property) does not make the build publish the editor's file as it is.
 */
function imageToSourcePath(image: ImageMetadata): string {
  const fsPath: unknown = (image as ImageMetadata & { fsPath?: unknown }).fsPath;
  if (typeof fsPath !== 'string') throw new Error(`Cannot find the file of the image ${image.src} to publish it.`);
  return fsPath;
}

const downloads = new Map<string, Promise<PhotoDownload>>();

/**
 * The download of a release photo with the credit its release states: its name comes from the
 * source file, the credit and the pipeline, so it changes whenever the published bytes would.
 * Each photo is encoded once per build for its size; the endpoint encodes it again to write it.
 */
export function photoToDownload(image: ImageMetadata, credit: string | undefined): Promise<PhotoDownload> {
  const sourcePath = imageToSourcePath(image);
  const key = JSON.stringify([sourcePath, credit]);
  let download = downloads.get(key);
  if (!download) {
    download = (async () => {
      const source = await readFile(sourcePath);
      const published = await photoToPublished(source, credit, sourcePath);
      const hash = createHash('sha256')
        .update(pipelineVersion)
        .update('\0')
        .update(credit ?? '')
        .update('\0')
        .update(source)
        .digest('hex')
        .slice(0, 10);
      const file = `${basename(sourcePath, extname(sourcePath))}-${hash}.${published.extension}`;
      return { path: `/${downloadsFolder}/${file}`, file, bytes: published.bytes.length, extension: published.extension };
    })();
    downloads.set(key, download);
  }
  return download;
}

/** The bytes of a download, encoded again (the same pipeline gives the same bytes) so no build holds every photo in memory. */
export async function downloadToBytes(image: ImageMetadata, credit: string | undefined): Promise<PublishedPhoto> {
  const sourcePath = imageToSourcePath(image);
  return photoToPublished(await readFile(sourcePath), credit, sourcePath);
}
