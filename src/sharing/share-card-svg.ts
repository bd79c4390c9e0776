import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import satori from 'satori';
import { siteIdentity } from '../site-identity.ts';
import type { HexColour } from './indexed-png.ts';
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

/** The card's paper and inks: every colour it is drawn in, so its PNG's palette can be known beforehand. */
export const shareCardColours = {
  paper: '#ffffff',
  text: '#1a1a1a',
  /** On the text's blend from paper to ink (9 steps of 11 in the palette), so it costs no colour of its own. */
  quiet: '#444444',
  accent: siteIdentity.accent.light,
} as const satisfies Record<string, HexColour>;

const require = createRequire(import.meta.url);
/** Source Sans 3, the site's font, as WOFF files (satori reads WOFF, not the WOFF2 the pages use). */
const fontFiles = [
  { weight: 400, subset: 'latin' },
  { weight: 700, subset: 'latin' },
  { weight: 400, subset: 'latin-ext' },
  { weight: 700, subset: 'latin-ext' },
] as const;
// One array for every card: satori parses the fonts once per array it is given, not once per card.
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
export async function shareCardToSvg(card: ShareCardText): Promise<string> {
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
      box({ fontSize: 30, fontWeight: 700, color: shareCardColours.accent }, card.site),
      box({ fontSize: titleSize, fontWeight: 700, lineHeight: 1.15, display: 'flex' }, card.title, card.lang),
      box({ fontSize: 32, color: shareCardColours.quiet, display: 'flex' }, `${card.date} · ${card.organisation}`),
    ],
    card.lang,
  );
  // Sizes are spelt out rather than left to padding: satori adds padding outside a box's width.
  const tree = box(
    {
      ...shareCardSize,
      display: 'flex',
      flexDirection: 'column',
      background: shareCardColours.paper,
      fontFamily: 'Source Sans 3',
      color: shareCardColours.text,
    },
    [
      box({ width: shareCardSize.width, height: border, background: shareCardColours.accent }, ''),
      box({ display: 'flex', padding: `${padding.y}px ${padding.x}px` }, [content]),
    ],
  );
  return await satori(tree as Parameters<typeof satori>[0], { ...shareCardSize, fonts: await loadFonts() });
}
