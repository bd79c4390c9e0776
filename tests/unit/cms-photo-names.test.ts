import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { photoFileName } from '../../src/cms/browser/photo-files.js';
import { browserFileNamesModule } from '../../src/cms/browser-file-names.ts';
import { contentFileKind, extensionOf, imageExtensions, textToSlug } from '../../src/content-reader/file-names.ts';

/** The module /admin/file-names.js, loaded as the browser loads it. */
const browserFileNames = (await import(
  `data:text/javascript;base64,${Buffer.from(browserFileNamesModule()).toString('base64')}`
)) as typeof import('../../src/content-reader/file-names.ts');

// What cameras, phones and editors name photos: capitals, underscores, spaces, accents, several dots.
const photoName = fc
  .tuple(
    fc.array(
      fc.constantFrom('DSC', '_', '0042', 'IMG', ' ', 'Été', 'Visite de la délégation', '(1)', '.', 'Ministre d’État', '#', '%', 'index'),
      {
        minLength: 1,
        maxLength: 6,
      },
    ),
    fc.constantFrom('.JPG', '.jpg', '.JPEG', '.jpeg', '.png', '.PNG', '.webp', '.HEIC'),
  )
  .map(([parts, extension]) => `${parts.join('')}${extension}`);

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
    expect(photoFileName(browserFileNames, 'DSC_0042.JPG', false)).toBe('dsc-0042.jpg');
    fc.assert(
      fc.property(photoName, fc.boolean(), (name, reencoded) => {
        fc.pre((imageExtensions as readonly string[]).includes(extensionOf(name)));
        const renamed = photoFileName(browserFileNames, name, reencoded);
        expect(contentFileKind(`images/${renamed}`)).toEqual({ kind: 'image', name: renamed });
        if (reencoded) expect(renamed.endsWith('.jpg')).toBe(true);
      }),
    );
  });
});
