import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { photoToPublished } from '../../src/photos/photo-to-published.ts';
import { phonePhoto, privateMarks, readPhotoMetadata, type PhotoFormat } from './support/photo-metadata.ts';

const formats: PhotoFormat[] = ['jpeg', 'png', 'webp', 'avif'];

describe('a photo as the site publishes it for download', () => {
  it.each(formats)('a %s phone photo carries every private mark before it is published (the fixture is real)', async (format) => {
    const source = await readPhotoMetadata(await phonePhoto(format));
    expect(source.exif?.GPSInfo?.GPSLatitude).toEqual([45, 45, 30]);
    expect(source.exif?.Photo?.BodySerialNumber).toBe(privateMarks.serial);
    expect(source.exif?.Image?.ImageDescription).toBe(privateMarks.description);
    expect(source.xmp).toContain('editor’s own keywords');
    expect(source.orientation).toBe(6);
    expect(source.icc).toBeDefined();
  });

  it.each(formats)(
    'a %s photo loses its location and private notes, stands upright, keeps its colours and states its credit',
    async (format) => {
      await fc.assert(
        fc.asyncProperty(
          // Credits as editors write them, with typographic apostrophes, guillemets, non-breaking spaces and XML's own characters.
          fc.stringMatching(/^[A-Za-zÀ-ÿ0-9 ’«»\u00a0©&<>"'/.:-]{1,40}$/).filter((credit) => credit.trim() === credit && credit !== ''),
          async (credit) => {
            const source = await phonePhoto(format);
            const published = await photoToPublished(source, credit, 'content/images/x');
            const metadata = await readPhotoMetadata(Buffer.from(published.bytes));
            expect(metadata.exif?.GPSInfo).toBeUndefined();
            expect(metadata.exif?.Photo?.BodySerialNumber).toBeUndefined();
            expect(metadata.exif?.Photo?.UserComment).toBeUndefined();
            expect(metadata.exif?.Image?.ImageDescription).toBeUndefined();
            expect(metadata.exif?.Image?.Make).toBeUndefined();
            expect(metadata.xmp).not.toContain('editor’s own keywords');
            expect([metadata.width, metadata.height]).toEqual([200, 300]);
            expect(metadata.orientation ?? 1).toBe(1);
            expect(metadata.icc).toEqual((await readPhotoMetadata(source)).icc);
            expect(metadata.rights).toBe(credit);
          },
        ),
        { numRuns: 8 },
      );
    },
    // Eight encodings of a photo: AVIF's take seconds on a busy machine.
    60_000,
  );

  it('keeps a French credit whole in XMP, and gives EXIF readers its closest ASCII', async () => {
    const credit = 'Photo : l’équipe « Lyon » © Ville de Lyon';
    const metadata = await readPhotoMetadata(Buffer.from((await photoToPublished(await phonePhoto('jpeg'), credit, 'x')).bytes));
    expect(metadata.rights).toBe(credit);
    expect(metadata.exif?.Image?.Copyright).toMatchInlineSnapshot(`"Photo : l'equipe << Lyon >> (C) Ville de Lyon"`);
  });

  it('writes no credit when the release states none', async () => {
    const metadata = await readPhotoMetadata(Buffer.from((await photoToPublished(await phonePhoto('jpeg'), undefined, 'x')).bytes));
    expect(metadata.exif?.Image?.Copyright).toBeUndefined();
    expect(metadata.xmp).toBeUndefined();
  });
});
