import type { PhotoWithFile, ReleasePhoto } from '../releases/collection.ts';

/** The photo a release leads with: its first with a file, or none (a photo without one is only its caption). */
export function photosToLead(photos: readonly ReleasePhoto[]): PhotoWithFile | undefined {
  return photos.find((photo): photo is PhotoWithFile => photo.file !== undefined);
}
