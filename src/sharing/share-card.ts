import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { siteIdentity } from '../site-identity.ts';
import { shareCardSize } from './share-card-path.ts';

/** What a share card says: the release's title, date and organisation, in the version's language. */
export interface ShareCardText {
  title: string;
  date: string;
  organisation: string;
  site: string;
  /** The version's language, for the card's line breaking. */
  lang: string;
}

/**
 * Drawn cards are kept here between builds, outside dist/, named by a hash of what they show and of
 * how they are drawn: an unchanged release is never redrawn, and a changed one always is.
 */
const cacheFolder = join('node_modules', '.cache', 'newsroom-share-cards');
/** Raise when the drawing below changes, so cached cards drawn the old way are not reused. */
const drawingVersion = '3';

const require = createRequire(import.meta.url);
/** Source Sans 3, the site's font, as WOFF files (satori reads WOFF, not the WOFF2 the pages use). */
const fontFiles = [
  { weight: 400, subset: 'latin' },
  { weight: 700, subset: 'latin' },
  { weight: 400, subset: 'latin-ext' },
  { weight: 700, subset: 'latin-ext' },
] as const;
let fonts: Promise<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }[]> | undefined;

function loadFonts() {
  fonts ??= Promise.all(
    fontFiles.map(async ({ weight, subset }) => ({
      name: 'Source Sans 3',
      data: await readFile(require.resolve(`@fontsource/source-sans-3/files/source-sans-3-${subset}-${weight}-normal.woff`)),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** A satori element: the shape React elements have, written out since this file has no JSX. */
function box(style: Record<string, string | number>, children: unknown, lang?: string) {
  return { type: 'div', props: { style, children, ...(lang ? { lang } : {}) } };
}

/** The card as SVG, its text drawn as outlines in the site's font, so no font is needed to rasterise it. */
async function shareCardToSvg(card: ShareCardText): Promise<string> {
  const accent = siteIdentity.accent.light;
  const titleSize = card.title.length > 110 ? 48 : card.title.length > 70 ? 58 : 68;
  const border = 24;
  const padding = { x: 72, y: 56 };
  const content = box(
    {
      width: shareCardSize.width - 2 * padding.x,
      height: shareCardSize.height - border - 2 * padding.y,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
    },
    [
      box({ fontSize: 30, fontWeight: 700, color: accent }, card.site),
      box({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, display: 'flex' }, card.title, card.lang),
      box({ fontSize: 32, color: '#444444', display: 'flex' }, `${card.date} · ${card.organisation}`),
    ],
    card.lang,
  );
  // Sizes are spelt out rather than left to padding: satori adds padding outside a box's width.
  const tree = box(
    {
      ...shareCardSize,
      display: 'flex',
      flexDirection: 'column',
      background: '#ffffff',
      fontFamily: 'Source Sans 3',
      color: '#1a1a1a',
    },
    [
      box({ width: shareCardSize.width, height: border, background: accent }, ''),
      box({ display: 'flex', padding: `${padding.y}px ${padding.x}px` }, [content]),
    ],
  );
  return await satori(tree as Parameters<typeof satori>[0], { ...shareCardSize, fonts: await loadFonts() });
}

/** The card as PNG, from the cache when a card with the same text was drawn before. */
export async function shareCardToPng(card: ShareCardText): Promise<Buffer> {
  const key = createHash('sha256')
    .update(JSON.stringify([drawingVersion, siteIdentity.accent.light, card]))
    .digest('hex');
  const cached = join(cacheFolder, `${key}.png`);
  const kept = await readFile(cached).catch(() => undefined);
  if (kept) return kept;
  // Sixteen colours, undithered, are enough for flat text on white (13 KB a card); finding them with
  // the least effort and the default compression takes a quarter of the time the library's defaults
  // take (52 against 151 ms a card, on this 2-core machine), 22,500 times at 10,000 pairs.
  const png = await sharp(Buffer.from(await shareCardToSvg(card)))
    .png({ compressionLevel: 6, palette: true, effort: 1, colours: 16, dither: 0 })
    .toBuffer();
  await mkdir(cacheFolder, { recursive: true });
  // Written aside, then renamed into place: another build drawing at the same time (`npm start`
  // beside `npm test`) reads a whole card or none, never half of one.
  const partial = `${cached}.${process.pid}.partial`;
  await writeFile(partial, png);
  await rename(partial, cached);
  return png;
}
