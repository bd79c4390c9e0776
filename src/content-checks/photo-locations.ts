import exifReader from 'exif-reader';
import type { ContentProblem } from '../content-reader/content-problem.ts';
import type { SourceFile } from '../content-reader/source-file.ts';

type GpsInfo = NonNullable<ReturnType<typeof exifReader>['GPSInfo']>;

/** `45.7583° N`: degrees, minutes and seconds as one number, with its hemisphere. */
function coordinateToText(parts: unknown, reference: unknown, [positive, negative]: [string, string]): string | undefined {
  if (!Array.isArray(parts) || parts.length !== 3 || !parts.every((part) => typeof part === 'number' && Number.isFinite(part)))
    return undefined;
  const [degrees, minutes, seconds] = parts as [number, number, number];
  const hemisphere = reference === negative ? negative : positive;
  return `${(degrees + minutes / 60 + seconds / 3600).toFixed(4)}° ${hemisphere}`;
}

/** The position a photo's GPS tags give, `45.7583° N, 4.8375° E`, or a word about them when they give none. */
function gpsToText(gps: GpsInfo): string {
  const latitude = coordinateToText(gps.GPSLatitude, gps.GPSLatitudeRef, ['N', 'S']);
  const longitude = coordinateToText(gps.GPSLongitude, gps.GPSLongitudeRef, ['E', 'W']);
  return latitude && longitude ? `a GPS position (${latitude}, ${longitude})` : 'GPS data';
}

/** What a photo's EXIF says about where it was taken, if anything: read by an EXIF parser, from the header only. */
async function imageToLocation(bytes: Uint8Array): Promise<string | undefined> {
  const { default: sharp } = await import('sharp');
  let exif: Buffer | undefined;
  try {
    ({ exif } = await sharp(bytes).metadata());
  } catch {
    // An image sharp cannot read at all is refused by checkImageFiles, with its own message.
    return undefined;
  }
  if (!exif) return undefined;
  let gps: GpsInfo | undefined;
  try {
    gps = exifReader(exif).GPSInfo;
  } catch {
    return 'EXIF metadata the check cannot read (it may hold a location)';
  }
  const tags = Object.keys(gps ?? {}).filter((tag) => tag !== 'GPSVersionID');
  return gps && tags.length > 0 ? gpsToText(gps) : undefined;
}

/**
 * A notice, not a refusal, for each photo whose file says where it was taken: the site publishes
 * a copy without it (src/photos/), but the file in the repository still holds it, which the editor
 * may not want if the repository is public or the place is private.
 */
export async function findPhotoLocations(
  images: readonly SourceFile[],
  usedBy: ReadonlyMap<string, readonly string[]>,
): Promise<ContentProblem[]> {
  const notices = await Promise.all(
    images.map(async (image): Promise<ContentProblem[]> => {
      const location = await imageToLocation(image.bytes);
      if (!location) return [];
      const releases = usedBy.get(image.path) ?? [];
      const usedIn = releases.length > 0 ? `, used by ${releases.join(' and ')}` : '';
      return [
        {
          file: image.displayPath,
          message: `this photo carries ${location}${usedIn}: the published copy leaves it out, with the camera's serial numbers and any notes, so there is nothing to fix for the site. The file in the repository still holds it: if the place must stay private, save the photo again without its location (most phones and editors offer "remove location") before you commit it.`,
        },
      ];
    }),
  );
  return notices.flat();
}
