import { renderAsync } from '@resvg/resvg-js';
import { inksToPalette, pixelsToIndexedPng } from './indexed-png.ts';
import { shareCardSize } from './share-card-path.ts';
import { shareCardColours, shareCardToSvg, type ShareCardText } from './share-card-svg.ts';

/**
 * Sixteen colours, undithered, as the cards had when a quantiser chose them: the paper, eleven blends
 * to the text's ink (the quieter grey among them) and four to the accent, which only the top rule
 * and the site's name wear.
 */
const palette = inksToPalette(shareCardColours.paper, [
  { colour: shareCardColours.text, steps: 11 },
  { colour: shareCardColours.accent, steps: 4 },
]);

/** The card as a PNG drawn now, in this thread: satori's outlines rasterised by resvg, then written with the palette above. */
export async function shareCardToFreshPng(card: ShareCardText): Promise<Buffer> {
  // renderAsync, not `new Resvg().render()`: resvg-js 2.6.2's synchronous render never frees its
  // pixmap (300 cards held 1 GB, 2 GB with their pixels read; 71 MB this way). No system fonts:
  // the SVG holds outlines only, and reading the machine's fonts costs time per card.
  const image = await renderAsync(await shareCardToSvg(card), { font: { loadSystemFonts: false } });
  if (image.width !== shareCardSize.width || image.height !== shareCardSize.height) {
    throw new Error(`A share card came out ${image.width}×${image.height}, not ${shareCardSize.width}×${shareCardSize.height}.`);
  }
  return pixelsToIndexedPng(image.pixels, image.width, image.height, palette);
}
