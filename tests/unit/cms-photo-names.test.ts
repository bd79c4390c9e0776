import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fileSize, photoFileName, photoFingerprint, resizedNote } from '../../src/cms/browser/photo-files.js';
import { formText } from '../../src/i18n/cms-form/index.ts';
import { localeToRecord, locales } from '../../src/i18n/locales.ts';
import { browserFileNamesModule } from '../../src/cms/browser-modules.ts';
import { contentFileKind, extensionOf, imageExtensions, textToSlug } from '../../src/content-reader/file-names.ts';

/** The module /admin/file-names.js, loaded as the browser loads it. */
const browserFileNames = (await import(
  `data:text/javascript;base64,${Buffer.from(browserFileNamesModule()).toString('base64')}`
)) as typeof import('../../src/content-reader/file-names.ts');

// What cameras, phones and editors name photos: capitals, underscores, spaces, accents, several dots, long names.
const photoName = fc
  .tuple(
    fc.array(
      fc.constantFrom(
        ...['DSC', '_', '0042', 'IMG', ' ', 'Été', 'Visite de la délégation', '(1)', '.', 'Ministre d’État', '#', '%', 'index'],
        // A whole sentence, and a word longer than any name may be.
        'Réunion du comité exécutif d’INTERPOL à Lyon – photo officielle n°1 (version finale)',
        'a'.repeat(300),
      ),
      { minLength: 1, maxLength: 6 },
    ),
    fc.constantFrom('.JPG', '.jpg', '.JPEG', '.jpeg', '.png', '.PNG', '.webp', '.HEIC'),
  )
  .map(([parts, extension]) => `${parts.join('')}${extension}`);
const fingerprint = fc.uint8Array({ minLength: 4, maxLength: 4 }).map((bytes) => Buffer.from(bytes).toString('hex'));

describe('a photo chosen in the form', () => {
  it('is named by the very rules the content check applies: the browser module gives the same names', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), photoName, (text, name) => {
        expect(browserFileNames.textToSlug(text)).toBe(textToSlug(text));
        expect(browserFileNames.extensionOf(name)).toBe(extensionOf(name));
      }),
    );
    expect(browserFileNames.imageExtensions).toEqual(imageExtensions);
  });

  it('gets a name the content check accepts in content/images/, whatever the camera called it', () => {
    expect(photoFileName(browserFileNames, 'DSC_0042.JPG', false, '1e846fda')).toBe('dsc-0042-1e846fda.jpg');
    fc.assert(
      fc.property(photoName, fc.boolean(), fingerprint, (name, reencoded, print) => {
        fc.pre((imageExtensions as readonly string[]).includes(extensionOf(name)));
        const renamed = photoFileName(browserFileNames, name, reencoded, print);
        expect(contentFileKind(`images/${renamed}`)).toEqual({ kind: 'image', name: renamed });
        // Far below the 255 bytes a file name may have: 60 of words, the fingerprint, the extension.
        expect(renamed.length).toBeLessThanOrEqual(60 + 1 + 8 + '.webp'.length);
        if (reencoded) expect(renamed.endsWith('.jpg')).toBe(true);
      }),
    );
  });

  it('never takes the name of a different photo: two photos the cameras named alike get two names, one photo one name', () => {
    fc.assert(
      fc.property(photoName, photoName, fc.boolean(), fingerprint, fingerprint, (name, otherName, reencoded, print, otherPrint) => {
        for (const file of [name, otherName]) fc.pre((imageExtensions as readonly string[]).includes(extensionOf(file)));
        const renamed = photoFileName(browserFileNames, name, reencoded, print);
        if (print !== otherPrint) expect(photoFileName(browserFileNames, otherName, reencoded, otherPrint)).not.toBe(renamed);
        // Saved again from the repository under the name it was given, it keeps that name.
        expect(photoFileName(browserFileNames, renamed, reencoded, print)).toBe(renamed);
      }),
    );
  });

  it('is fingerprinted by the first 8 hex digits of the SHA-256 of the bytes committed', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2000 }), async (bytes) => {
        const print = await photoFingerprint(new Uint8Array(bytes).buffer);
        expect(print).toBe(createHash('sha256').update(bytes).digest('hex').slice(0, 8));
      }),
    );
  });
});

describe('the note on a resized photo', () => {
  it('writes its numbers as each language does: French groups thousands with a narrow no-break space and uses a decimal comma', () => {
    const photo = {
      ...{ from: 'P1010001.JPG', to: 'p1010001-1e846fda.jpg', fromWidth: 6000, fromHeight: 3750, width: 3000, height: 1875 },
      ...{ beforeBytes: 12_345_678, afterBytes: 987_654 },
    };
    expect(resizedNote(formText('fr').photos.resized, 'fr-FR', photo)).toBe(
      'La photo «\u00a0P1010001.JPG\u00a0» était trop grande (6\u202f000\u00a0×\u00a03\u202f750 pixels, 12,3\u202fMo)\u00a0: elle est enregistrée sous le nom «\u00a0p1010001-1e846fda.jpg\u00a0», en 3\u202f000\u00a0×\u00a01\u202f875 pixels (1,0\u202fMo).',
    );
    expect(resizedNote(formText('en').photos.resized, 'en-GB', photo)).toBe(
      'The photo “P1010001.JPG” was too large (6,000 × 3,750 pixels, 12.3 MB): it is saved as “p1010001-1e846fda.jpg”, 3,000 × 1,875 pixels (1.0 MB).',
    );
  });

  it('says a small file’s size in kilobytes, never "0.0 MB": a photo can be too large in pixels alone', () => {
    // Intl writes French units after a narrow no-break space, as French typography does.
    const photo = { from: 'logo.png', to: 'logo-1e846fda.jpg', fromWidth: 4000, fromHeight: 1200, width: 3000, height: 900 };
    expect(resizedNote('{before} → {after}', 'fr-FR', { ...photo, beforeBytes: 48_200, afterBytes: 99_999 })).toBe(
      '48\u202fko → 100\u202fko',
    );
    expect(resizedNote('{before} → {after}', 'en-GB', { ...photo, beforeBytes: 400, afterBytes: 100_000 })).toBe('1 kB → 0.1 MB');
  });

  it('writes any size the way Intl writes it for the language’s record, never the bare number', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...locales),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        (locale, width, height, bytes) => {
          const intl = localeToRecord(locale).intl;
          const photo = { from: 'a', to: 'b', fromWidth: width, fromHeight: height, width, height, beforeBytes: bytes, afterBytes: bytes };
          const note = resizedNote('{fromWidth} × {fromHeight}; {width} × {height}; {before}', intl, photo);
          const size = `${new Intl.NumberFormat(intl).format(width)} × ${new Intl.NumberFormat(intl).format(height)}`;
          expect(note).toBe(`${size}; ${size}; ${fileSize(bytes, intl)}`);
          // A size always has its unit, and at least a kilobyte or a tenth of a megabyte.
          expect(fileSize(bytes, intl)).toMatch(/^[1-9][\d\s\u00a0\u202f.,]*\s?(?:kB|ko|MB|Mo)$|^0[.,][1-9]\s?(?:MB|Mo)$/);
        },
      ),
    );
  });
});
