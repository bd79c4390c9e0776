import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { formatFileSize } from '../../src/i18n/format-size.ts';
import { releasePath } from '../../src/i18n/paths.ts';
import { readBuiltPage } from '../unit/support/built-page.ts';
import { isRedAboveBlue, phonePhoto, privateMarks, readPhotoMetadata, type PhotoFormat } from '../unit/support/photo-metadata.ts';

const workDir = '.e2e/published-photo-build';
const contentDir = `${workDir}/content`;
const outDir = `${workDir}/dist`;
const englishCredit = 'Newsroom project / J. Smith';
const frenchCredit = 'Photo : l’équipe « Lyon » © Ville de Lyon';

/** The phone photos of the fixture site: listed under photos:, shown in the text, and inside an .mdx <Figure>. */
const photos: Record<string, PhotoFormat> = {
  'listed.jpg': 'jpeg',
  'listed-too.avif': 'avif',
  'in-text.png': 'png',
  'in-figure.webp': 'webp',
};

const frontmatter = (title: string, photoLines: string[]) =>
  ['---', `title: '${title}'`, 'date: 2024-05-02', 'type: news', 'organisation: interpol', ...photoLines, '---', ''].join('\n');

function writeFixtureSite(sources: Record<string, Buffer>) {
  rmSync(workDir, { recursive: true, force: true });
  for (const folder of ['en', 'fr', 'images']) mkdirSync(join(contentDir, folder), { recursive: true });
  for (const [name, bytes] of Object.entries(sources)) writeFileSync(join(contentDir, 'images', name), bytes);
  const photoList = (credit: string) => [
    'photos:',
    '  - file: ../images/listed.jpg',
    '    alt: A red and blue test card',
    '    caption: The test card',
    `    credit: '${credit.replace(/'/g, "''")}'`,
    '  - file: ../images/listed-too.avif',
    '    alt: The same card again',
    '    caption: Again, without a credit',
  ];
  writeFileSync(
    join(contentDir, 'en', 'photo-release.md'),
    `${frontmatter('Photos from a phone', photoList(englishCredit))}\nA release with photos.\n\n![The card in the text](../images/in-text.png)\n`,
  );
  writeFileSync(
    join(contentDir, 'fr', 'photo-release.md'),
    `${frontmatter('Des photos d’un téléphone', photoList(frenchCredit))}\nUn communiqué avec des photos.\n\n![La carte dans le texte](../images/in-text.png)\n`,
  );
  writeFileSync(
    join(contentDir, 'en', 'figure-release.mdx'),
    `${frontmatter('A figure from a phone', [])}\nA release with a figure.\n\n<Figure caption="The card in a figure" credit="${englishCredit}">\n\n![The card in a figure](../images/in-figure.webp)\n\n</Figure>\n`,
  );
}

/** Every image file the build wrote, by its path in the site. */
function publishedImages(): string[] {
  return readdirSync(outDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(jpe?g|png|webp|avif|gif)$/i.test(entry.name))
    .map((entry) => `/${relative(outDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`);
}

const sources: Record<string, Buffer> = {};
let build: { status: number | null; output: string };

beforeAll(async () => {
  // Only JPEG photos may be stored turned: the check refuses any other (see content-check-photos.test.ts).
  for (const [name, format] of Object.entries(photos)) sources[name] = await phonePhoto(format, { turned: format === 'jpeg' });
  writeFixtureSite(sources);
  const run = spawnSync('node_modules/.bin/astro', ['build'], {
    encoding: 'utf8',
    env: { ...process.env, NEWSROOM_CONTENT_DIR: contentDir, NEWSROOM_OUT_DIR: outDir },
  });
  build = { status: run.status, output: `${run.stdout}${run.stderr}` };
}, 240_000);

describe('photos published by a build', () => {
  it('builds, telling the editor which photos carried a location', () => {
    expect(build.status, build.output).toBe(0);
    expect(build.output).toContain('content/images/listed.jpg: this photo carries a GPS position (45.7583° N, 4.8375° E)');
  });

  it('publishes no copy of an editor’s file as it is', () => {
    const published = publishedImages().map((path) => readFileSync(join(outDir, path)));
    expect(published.length).toBeGreaterThan(Object.keys(photos).length);
    for (const source of Object.values(sources)) expect(published.some((bytes) => bytes.equals(source))).toBe(false);
  });

  it('publishes every photo upright, without GPS position, camera serial, notes or the editor’s XMP', async () => {
    const paths = publishedImages().filter((path) => path.startsWith('/_astro/') || path.startsWith('/photos/'));
    expect(paths.some((path) => path.startsWith('/photos/'))).toBe(true);
    for (const path of publishedImages()) {
      const bytes = readFileSync(join(outDir, path));
      const metadata = await readPhotoMetadata(bytes);
      expect(metadata.exif?.GPSInfo, path).toBeUndefined();
      expect(metadata.exif?.Photo?.BodySerialNumber, path).toBeUndefined();
      expect(metadata.exif?.Photo?.UserComment, path).toBeUndefined();
      expect(metadata.exif?.Image?.ImageDescription, path).toBeUndefined();
      expect(metadata.exif?.Image?.Make, path).toBeUndefined();
      for (const mark of Object.values(privateMarks)) expect(bytes.includes(Buffer.from(mark)), `${path}: ${mark}`).toBe(false);
      expect(metadata.xmp ?? '', path).not.toContain('dc:description');
      expect(metadata.orientation ?? 1, path).toBe(1);
      if (paths.includes(path)) expect(await isRedAboveBlue(bytes), `${path} is upright`).toBe(true);
    }
  });

  it('shows every photo whole, at the shape of the upright photo, with width and height of that shape', async () => {
    for (const path of [releasePath('en', 'photo-release'), releasePath('fr', 'photo-release'), releasePath('en', 'figure-release')]) {
      const page = readBuiltPage(outDir, path)!;
      const images = page.allImages().filter((image) => image.src.startsWith('/_astro/'));
      expect(images.length, path).toBeGreaterThan(0);
      for (const image of images) {
        expect(image.width * 3, `${image.src} on ${path}`).toBe(image.height * 2);
        const { width, height } = await sharp(page.servedBytes(image.src)).metadata();
        expect({ width, height }, `${image.src} on ${path}`).toEqual({ width: 200, height: 300 });
      }
    }
  });

  it('resizes photos for the page and for sharing into plain sRGB files with no metadata at all', async () => {
    const variants = publishedImages().filter((path) => path.startsWith('/_astro/'));
    expect(variants.length).toBeGreaterThanOrEqual(Object.keys(photos).length);
    for (const path of variants) {
      const metadata = await readPhotoMetadata(readFileSync(join(outDir, path)));
      expect({ path, exif: metadata.exif, xmp: metadata.xmp, icc: metadata.icc }).toEqual({
        path,
        exif: undefined,
        xmp: undefined,
        icc: undefined,
      });
    }
  });

  it('offers each listed photo for download in full, with its colour profile, the credit its release states, and its real size', async () => {
    const sourceIcc = (await readPhotoMetadata(sources['listed.jpg']!)).icc;
    const expected = [
      { locale: 'en', credit: englishCredit },
      { locale: 'fr', credit: frenchCredit },
    ] as const;
    for (const { locale, credit } of expected) {
      const page = readBuiltPage(outDir, releasePath(locale, 'photo-release'));
      const [listedLink, againLink, ...others] = page?.photoDownloads() ?? [];
      expect(others).toEqual([]);
      expect(listedLink?.href).toMatch(/^\/photos\/listed-\w+\.jpg$/);
      expect(againLink?.href).toMatch(/^\/photos\/listed-too-\w+\.avif$/);
      const listed = page!.servedBytes(listedLink!.href)!;
      const again = page!.servedBytes(againLink!.href)!;
      // The page sets the size in its language's typography (a narrow no-break space before the unit in French).
      const spaced = (text: string | undefined) => text?.replace(/[\u00a0\u202f]/g, ' ');
      expect(spaced(listedLink?.text)).toContain(spaced(`JPG, ${formatFileSize(listed.length, locale)}`));
      expect(spaced(againLink?.text)).toContain(spaced(`AVIF, ${formatFileSize(again.length, locale)}`));
      const metadata = await readPhotoMetadata(listed);
      expect([metadata.width, metadata.height]).toEqual([200, 300]);
      expect(metadata.icc).toEqual(sourceIcc);
      expect(metadata.rights).toBe(credit);
      expect(metadata.exif?.Image?.Copyright).toBeDefined();
      const againMetadata = await readPhotoMetadata(again);
      expect({ copyright: againMetadata.exif?.Image?.Copyright, rights: againMetadata.rights }).toEqual({
        copyright: undefined,
        rights: undefined,
      });
    }
  });
});
