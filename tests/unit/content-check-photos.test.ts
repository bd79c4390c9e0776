import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/content-checks/check-content-folder.ts';
import { formatReport } from '../../src/content-checks/format-report.ts';
import { problemToText } from '../../src/content-reader/content-problem.ts';
import { phonePhoto, type PhotoFormat } from './support/photo-metadata.ts';

/** A content folder with one release pair showing the given images, under photos: in English and in the text in French. */
/** The photos' notices: a folder outside git also gets one about the references' history (content-check-life.test.ts). */
function photoNotices<Notice extends { file: string }>(notices: readonly Notice[]): Notice[] {
  return notices.filter((notice) => notice.file.startsWith('content/images/'));
}

function contentWith(images: Record<string, Buffer>): string {
  const folder = mkdtempSync(join(tmpdir(), 'photo-check-'));
  for (const part of ['en', 'fr', 'images']) mkdirSync(join(folder, part));
  for (const [name, bytes] of Object.entries(images)) writeFileSync(join(folder, 'images', name), bytes);
  const names = Object.keys(images);
  const head = (title: string) => `---\ntitle: '${title}'\ndate: 2024-05-02\ntype: news\norganisation: interpol\nreference: NR/2024/001\n`;
  writeFileSync(
    join(folder, 'en', 'harbour-visit.md'),
    `${head('A visit to the harbour')}photos:\n${names.map((name) => `  - file: ../images/${name}\n    alt: A photo\n    caption: The harbour\n    credit: J. Smith\n`).join('')}---\n\nThe harbour.\n`,
  );
  writeFileSync(
    join(folder, 'fr', 'harbour-visit.md'),
    `${head('Une visite du port')}---\n\nLe port, vu d’en haut : « magnifique ».\n\n${names.map((name) => `![Une photo](../images/${name})`).join('\n\n')}\n`,
  );
  return folder;
}

async function report(images: Record<string, Buffer>) {
  const { problems, notices } = await checkContentFolder(contentWith(images), { displayPrefix: 'content' });
  return { problems: problems.map(problemToText), notices: photoNotices(notices).map(problemToText) };
}

describe('content check: where photos were taken', () => {
  it('tells the editor which photo carried a GPS position and which releases use it, without refusing it', async () => {
    expect(await report({ 'harbour.jpg': await phonePhoto('jpeg') })).toMatchInlineSnapshot(`
      {
        "notices": [
          "content/images/harbour.jpg: this photo carries a GPS position (45.7583° N, 4.8375° E), used by content/en/harbour-visit.md and content/fr/harbour-visit.md: the published copy leaves it out, with the camera's serial numbers and any notes, so there is nothing to fix for the site. The file in the repository still holds it: if the place must stay private, save the photo again without its location (most phones and editors offer "remove location") before you commit it.",
        ],
        "problems": [],
      }
    `);
  });

  it('prints the notice after the report, whether or not there are problems', async () => {
    const { problems, notices, fileCount } = await checkContentFolder(contentWith({ 'harbour.jpg': await phonePhoto('jpeg') }), {
      displayPrefix: 'content',
    });
    expect(formatReport(problems, fileCount, photoNotices(notices))).toMatchInlineSnapshot(`
      "Checked 3 files under content/: no problems found.

      1 notice (nothing to fix for the site to publish):
        ℹ content/images/harbour.jpg: this photo carries a GPS position (45.7583° N, 4.8375° E), used by content/en/harbour-visit.md and content/fr/harbour-visit.md: the published copy leaves it out, with the camera's serial numbers and any notes, so there is nothing to fix for the site. The file in the repository still holds it: if the place must stay private, save the photo again without its location (most phones and editors offer "remove location") before you commit it."
    `);
  });

  it('says nothing about a photo without a location, whatever its format and other metadata', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom<PhotoFormat>('jpeg', 'png', 'webp', 'avif'), fc.boolean(), async (format, withExif) => {
        const plain = sharp({ create: { width: 40, height: 30, channels: 3, background: '#336699' } });
        const bytes = await (withExif ? plain.withExif({ IFD0: { Copyright: 'J. Smith', Make: 'Phone' } }) : plain)
          .toFormat(format)
          .toBuffer();
        expect(await report({ [`plain.${format === 'jpeg' ? 'jpg' : format}`]: bytes })).toEqual({ problems: [], notices: [] });
      }),
      { numRuns: 8 },
    );
  });

  it.each<PhotoFormat>(['jpeg', 'png', 'webp', 'avif'])('finds the location in a %s photo', async (format) => {
    const { notices } = await report({
      [`harbour.${format === 'jpeg' ? 'jpg' : format}`]: await phonePhoto(format, { turned: format === 'jpeg' }),
    });
    expect(notices).toEqual([expect.stringContaining('carries a GPS position (45.7583° N, 4.8375° E)')]);
  });
});

describe('content check: photos stored turned on their side', () => {
  it('accepts a turned JPEG photo, which the site turns upright', async () => {
    expect((await report({ 'harbour.jpg': await phonePhoto('jpeg') })).problems).toEqual([]);
  });

  it('refuses any other image stored turned, which the site would publish cropped', async () => {
    expect((await report({ 'harbour.png': await phonePhoto('png') })).problems).toMatchInlineSnapshot(`
      [
        "content/images/harbour.png: this image is stored turned on its side (its EXIF Orientation is 6), which the site follows only in JPEG photos, so it would be published cropped: open it in an image editor and save it upright, or export it as .jpg.",
      ]
    `);
  });
});
