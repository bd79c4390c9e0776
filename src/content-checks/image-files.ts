import { imageMetadata } from 'astro/assets/utils';
import type { ContentProblem } from '../content-reader/content-problem.ts';
import type { SourceFile } from '../content-reader/source-file.ts';

/** sharp's own limit on decoded pixels (16,384 × 16,384), which the build's image service keeps. */
const maxPixels = 268_402_689;

/**
 * Each image in `content/images/` must be a picture the build can read and resize: Astro's own
 * reader must find its size (as the build's does) and agree with the upright image on it, and
 * decoding it whole must not fail, so that a half-written photo is refused rather than published half grey.
 */
export async function checkImageFiles(images: readonly SourceFile[]): Promise<ContentProblem[]> {
  if (images.length === 0) return [];
  const { default: sharp } = await import('sharp');
  const problems = await Promise.all(
    images.map(async (image): Promise<ContentProblem[]> => {
      const problem = (message: string) => [{ file: image.displayPath, message }];
      if (image.bytes.length === 0) return problem('this image file is empty: save the photo again from its original.');
      let size: { width: number; height: number };
      try {
        size = await imageMetadata(image.bytes, image.displayPath);
      } catch {
        return problem(
          'this file is not an image the site can read (whatever its name says, its content is not a JPEG, PNG, WebP, AVIF or GIF image): export it again as .jpg or .png from an image editor.',
        );
      }
      if (size.width * size.height > maxPixels)
        return problem(
          `this image is ${size.width} × ${size.height} pixels, more than the site can resize: make it smaller (4,000 pixels wide is plenty).`,
        );
      try {
        await sharp(image.bytes, { failOn: 'truncated', pages: -1 }).resize({ width: 64, height: 64, fit: 'inside' }).raw().toBuffer();
      } catch {
        return problem('this image is damaged or cut short (part of it cannot be read): save the photo again from its original.');
      }
      // Read once the image is known whole. Astro follows EXIF Orientation only in JPEG files: any other turned image would be cropped to the size it reads.
      const { autoOrient, orientation } = await sharp(image.bytes).metadata();
      if (autoOrient.width !== size.width || autoOrient.height !== size.height)
        return problem(
          `this image is stored turned on its side (its EXIF Orientation is ${orientation}), which the site follows only in JPEG photos, so it would be published cropped: open it in an image editor and save it upright, or export it as .jpg.`,
        );
      return [];
    }),
  );
  return problems.flat();
}

/** Images that no release shows: the build would leave them out of the site without a word. */
export function findUnusedImages(images: readonly SourceFile[], used: ReadonlySet<string>): ContentProblem[] {
  return images
    .filter((image) => !used.has(image.path))
    .map((image) => ({
      file: image.displayPath,
      message: `no release uses this image, so the site would not publish it: show it in a release (under photos:, or as ![Description](../${image.path}) in the text), or delete it.`,
    }));
}
