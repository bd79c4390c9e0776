// The form's photo preparation (src/cms/browser/photo-files.js) as the built /admin/ serves it, in
// Chromium, on photos the end-to-end form test (cms.spec.ts) does not choose: a logo with a
// transparent background, too large to keep as it is.
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { expect, test } from '@playwright/test';

test('a transparent PNG too large to keep is scaled down onto white, not black, and named by the fingerprint of what is committed', async ({
  page,
}) => {
  // 4,000 px wide, over the 3,000 px limit: transparent, with a red square in the middle.
  const logo = await sharp({ create: { width: 4000, height: 1000, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: { create: { width: 400, height: 400, channels: 4, background: '#d00000' } }, left: 1800, top: 300 }])
    .png()
    .toBuffer();
  // A page of the built site without the form, for /admin/'s modules to load from the same origin.
  await page.goto('/en/');
  await page.evaluate(async (photoFiles) => {
    type Settings = Parameters<typeof import('../../src/cms/browser/photo-files.js').preparePhotosBeforeUpload>[0];
    // The photo settings the form's page reads, and the file-naming module they name.
    const config = (await (await fetch('/admin/config.en.json')).json()) as {
      photos: Omit<Settings, 'fileNames'> & { fileNamesScript: string };
    };
    const [{ preparePhotosBeforeUpload }, fileNames] = (await Promise.all([import(photoFiles), import(config.photos.fileNamesScript)])) as [
      typeof import('../../src/cms/browser/photo-files.js'),
      Settings['fileNames'],
    ];
    const input = Object.assign(document.createElement('input'), { type: 'file', id: 'photo' });
    document.body.append(input);
    // What the form would hand Decap: the prepared file, once the module has re-sent the change.
    input.addEventListener('change', async () => {
      const [file] = input.files!;
      if (!file || file.name === 'Logo (transparent).png') return;
      const bytes = new Uint8Array(await file.arrayBuffer());
      Object.assign(window, { prepared: { name: file.name, type: file.type, bytes: Array.from(bytes) } });
    });
    preparePhotosBeforeUpload({ ...config.photos, fileNames });
  }, '/admin/photo-files.js');
  await page.locator('#photo').setInputFiles({ name: 'Logo (transparent).png', mimeType: 'image/png', buffer: logo });
  const prepared = await page.waitForFunction(() => (window as { prepared?: unknown }).prepared).then((handle) => handle.jsonValue());
  const { name, type, bytes } = prepared as { name: string; type: string; bytes: number[] };
  const committed = Buffer.from(bytes);

  expect(type).toBe('image/jpeg');
  expect(name).toBe(`logo-transparent-${createHash('sha256').update(committed).digest('hex').slice(0, 8)}.jpg`);
  const { data, info } = await sharp(committed).raw().toBuffer({ resolveWithObject: true });
  expect([info.width, info.height]).toEqual([3000, 750]);
  const pixel = (x: number, y: number) => [
    ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
  ];
  // The transparent corner is white; the red square stays red.
  for (const channel of pixel(10, 10)) expect(channel).toBeGreaterThan(245);
  const [red, green, blue] = pixel(1500, 375);
  expect(red).toBeGreaterThan(180);
  expect(green! + blue!).toBeLessThan(60);
});
