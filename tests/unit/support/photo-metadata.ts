import exifReader from 'exif-reader';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';

/** What a phone photo gives away, as the fixtures carry it. */
export const privateMarks = {
  serial: 'SN-4417-PRIVATE',
  description: 'Private note: house of the witness',
  comment: 'Private comment: do not publish',
  xmp: 'Private XMP: editor’s own keywords',
} as const;

const sourceXmp = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description>${privateMarks.xmp}</dc:description></rdf:Description></rdf:RDF></x:xmpmeta>`;

export type PhotoFormat = 'jpeg' | 'png' | 'webp' | 'avif';

/**
 * A photo as a phone writes it: upright 200 × 300 pixels, red above blue, in Display P3, with a
 * GPS position, a camera serial, a note, a comment and an XMP packet. Turned (the default), its
 * pixels are stored 300 × 200, red left of blue, with an EXIF Orientation of 6 saying to turn them.
 */
export async function phonePhoto(format: PhotoFormat, { turned = true } = {}): Promise<Buffer> {
  const [width, height] = turned ? [300, 200] : [200, 300];
  const blue = turned ? { left: 150, top: 0, width: 150, height: 200 } : { left: 0, top: 150, width: 200, height: 150 };
  return sharp({ create: { width, height, channels: 3, background: '#d01010' } })
    .composite([
      { input: { create: { width: blue.width, height: blue.height, channels: 3, background: '#1010d0' } }, left: blue.left, top: blue.top },
    ])
    .withMetadata({ orientation: turned ? 6 : 1 })
    .withIccProfile('p3')
    .withExif({
      IFD0: { ImageDescription: privateMarks.description, Make: 'Phone', Model: 'Phone 15' },
      IFD2: { BodySerialNumber: privateMarks.serial, UserComment: privateMarks.comment },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '45/1 45/1 30/1', GPSLongitudeRef: 'E', GPSLongitude: '4/1 50/1 15/1' },
    })
    .withXmp(sourceXmp)
    .toFormat(format)
    .toBuffer();
}

/** Everything an image file tells about itself: its upright size, its EXIF, its XMP and its colour profile. */
export async function readPhotoMetadata(bytes: Buffer) {
  const metadata = await sharp(bytes).metadata();
  const exif = metadata.exif ? exifReader(metadata.exif) : undefined;
  const xmp = metadata.xmp?.toString('utf8');
  return {
    width: metadata.width,
    height: metadata.height,
    orientation: metadata.orientation ?? exif?.Image?.Orientation,
    exif,
    xmp,
    icc: metadata.icc,
    /** The XMP rights statement, read by an XML parser. */
    rights: xmp === undefined ? undefined : xmpToRights(xmp),
  };
}

/** Whether the image shows red above blue, as the upright phone photo does (a crop of it too). */
export async function isRedAboveBlue(bytes: Buffer): Promise<boolean> {
  const { data, info } = await sharp(bytes).rotate().toColourspace('srgb').removeAlpha().raw().toBuffer({ resolveWithObject: true });
  const pixel = (row: number) => [
    ...data.subarray((row * info.width + Math.floor(info.width / 2)) * 3, (row * info.width + Math.floor(info.width / 2)) * 3 + 3),
  ];
  const [topRed, , topBlue] = pixel(1) as [number, number, number];
  const [bottomRed, , bottomBlue] = pixel(info.height - 2) as [number, number, number];
  return topRed > topBlue + 80 && bottomBlue > bottomRed + 80;
}

/** `dc:rights` of an XMP packet, in its default language. */
function xmpToRights(xmp: string): string | undefined {
  const parsed = new XMLParser({ removeNSPrefix: true, ignoreAttributes: false, parseTagValue: false, trimValues: false }).parse(xmp);
  const description = parsed?.xmpmeta?.RDF?.Description;
  const item = description?.rights?.Alt?.li;
  if (item === undefined) return undefined;
  return typeof item === 'string' ? item : String(item['#text']);
}
