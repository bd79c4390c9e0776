import type { FormatEnum, Sharp } from 'sharp';
import { creditToXmp } from './credit-to-xmp.ts';

/** The formats a release photo may be in (the content check refuses others), with the extension each is published under. */
const publishedFormats = {
  jpeg: { extension: 'jpg', encode: (image: Sharp) => image.jpeg({ quality: 92 }) },
  png: { extension: 'png', encode: (image: Sharp) => image.png() },
  webp: { extension: 'webp', encode: (image: Sharp) => image.webp({ quality: 92 }) },
  // sharp reads AVIF as HEIF with AV1 compression, and writes it back as AVIF.
  heif: { extension: 'avif', encode: (image: Sharp) => image.avif({ quality: 80 }) },
  gif: { extension: 'gif', encode: (image: Sharp) => image.gif() },
} satisfies Partial<Record<keyof FormatEnum, { extension: string; encode: (image: Sharp) => Sharp }>>;

export interface PublishedPhoto {
  bytes: Uint8Array<ArrayBuffer>;
  /** The file extension, which is also the format readers are told: `jpg`. */
  extension: string;
}

/**
 * A photo as the site publishes it for download: full size and in its own format, its pixels
 * turned upright (EXIF Orientation applied, then dropped), its colour profile kept, and no other
 * metadata (no GPS position, camera serial, comment or XMP of the editor's file); the credit the
 * release states becomes its copyright, in EXIF (ASCII) and XMP (UTF-8).
 */
export async function photoToPublished(source: Uint8Array, credit: string | undefined, displayPath: string): Promise<PublishedPhoto> {
  const { default: sharp } = await import('sharp');
  const { format } = await sharp(source).metadata();
  if (!(format in publishedFormats))
    throw new Error(`${displayPath} is a ${format} image, which the site cannot publish: export it as .jpg or .png.`);
  const { extension, encode } = publishedFormats[format as keyof typeof publishedFormats];
  // failOn 'truncated' as in the content check: a damaged file is refused there, never published half grey.
  let image = sharp(source, { failOn: 'truncated', pages: -1 }).rotate().keepIccProfile();
  if (credit !== undefined) image = image.withExif({ IFD0: { Copyright: credit } }).withXmp(creditToXmp(credit));
  return { bytes: new Uint8Array(await encode(image).toBuffer()), extension };
}
