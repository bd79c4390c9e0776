import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderAsync } from '@resvg/resvg-js';
import { inksToPalette, pixelsToIndexedPng } from './indexed-png.ts';
import { shareCardSize } from './share-card-path.ts';
import { shareCardColours, shareCardToSvg, type ShareCardText } from './share-card-svg.ts';

export type { ShareCardText } from './share-card-svg.ts';

/**
 * Drawn cards are kept here between builds, outside dist/, named by a hash of what they show and of
 * how they are drawn: an unchanged release is never redrawn, and a changed one always is.
 */
const cacheFolder = join('node_modules', '.cache', 'newsroom-share-cards');
/** Raise when the drawing below changes, so cached cards drawn the old way are not reused. */
const drawingVersion = '4';

/**
 * Sixteen colours, undithered, as the cards had when a quantiser chose them: the paper, eleven blends
 * to the text's ink (the quieter grey among them) and four to the accent, which only the top rule
 * and the site's name wear.
 */
const palette = inksToPalette(shareCardColours.paper, [
  { colour: shareCardColours.text, steps: 11 },
  { colour: shareCardColours.accent, steps: 4 },
]);

/** The card as a PNG drawn now: satori's outlines rasterised by resvg, then written with the palette above. */
export async function shareCardToFreshPng(card: ShareCardText): Promise<Buffer> {
  // Rasterised on a thread of libuv's pool, beside the pages the build renders on the main one. No
  // system fonts: the SVG holds outlines only, and reading the machine's fonts costs time per card.
  const image = await renderAsync(await shareCardToSvg(card), { font: { loadSystemFonts: false } });
  if (image.width !== shareCardSize.width || image.height !== shareCardSize.height) {
    throw new Error(`A share card came out ${image.width}×${image.height}, not ${shareCardSize.width}×${shareCardSize.height}.`);
  }
  return pixelsToIndexedPng(image.pixels, image.width, image.height, palette);
}

/** The card as PNG, from the cache when a card with the same text was drawn before. */
export async function shareCardToPng(card: ShareCardText): Promise<Buffer> {
  // zlib's version is in the key: another zlib may compress the same pixels to other bytes.
  const key = createHash('sha256')
    .update(JSON.stringify([drawingVersion, process.versions.zlib, shareCardColours, card]))
    .digest('hex');
  const cached = join(cacheFolder, `${key}.png`);
  const kept = await readFile(cached).catch(() => undefined);
  if (kept) return kept;
  const png = await shareCardToFreshPng(card);
  await mkdir(cacheFolder, { recursive: true });
  // Written aside, then renamed into place: another build drawing at the same time (`npm start`
  // beside `npm test`) reads a whole card or none, never half of one.
  const partial = `${cached}.${process.pid}.partial`;
  await writeFile(partial, png);
  await rename(partial, cached);
  return png;
}
