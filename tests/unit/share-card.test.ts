import { renderAsync } from '@resvg/resvg-js';
import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { useTranslations } from '../../src/i18n/translate.ts';
import { inksToPalette, pixelsToIndexedPng } from '../../src/sharing/indexed-png.ts';
import { shareCardToPng } from '../../src/sharing/share-card.ts';
import { shareCardToFreshPng } from '../../src/sharing/share-card-draw.ts';
import { shareCardColours, shareCardToSvg, type ShareCardText } from '../../src/sharing/share-card-svg.ts';
import { typesetText } from '../../src/typography/typeset.ts';

/** Words a title is made of: French with ’, « », œ and numbers that take a no-break space, English with its possessive. */
const words = {
  fr: [
    'l’Organisation',
    'd’Interpol',
    'qu’il',
    'lorsqu’un',
    'jusqu’à',
    '«',
    '»',
    'Vœux',
    'sécurité',
    'coopération',
    '3 000',
    '50 %',
    'agents',
    ':',
    '?',
    'réunion',
    'cybercriminalité',
  ],
  en: ['INTERPOL’s', 'international', 'police', 'cooperation', '“operation”', 'arrests', 'world-wide', '3,000', 'officers', 'cybercrime'],
} as const;

/** A card as a release page draws it: the title and date set in the version's typography, the site's own names. */
const cardArbitrary = fc.constantFrom('en' as const, 'fr' as const).chain((locale) =>
  fc.record({
    locale: fc.constant(locale),
    words: fc.array(fc.constantFrom(...words[locale]), { minLength: 1, maxLength: 40 }),
    day: fc.integer({ min: 1, max: 28 }),
  }),
);

function toCard({ locale, words: titleWords, day }: { locale: 'en' | 'fr'; words: string[]; day: number }): ShareCardText {
  const t = useTranslations(locale);
  return {
    title: typesetText(titleWords.join(' '), locale),
    date: typesetText(locale === 'fr' ? `${day} mars 2025` : `${day} March 2025`, locale),
    organisation: t('org.interpol'),
    site: t('site.title', { organisation: t('site.organisation') }),
    lang: locale,
  };
}

/** Width, height, bit depth and colour type, from a PNG's IHDR chunk. */
function pngHeader(bytes: Buffer) {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), bitDepth: bytes[24], colourType: bytes[25] };
}

describe('share cards, drawn from generated titles in both languages', () => {
  it('are 1200×630 sixteen-colour PNGs, small, and the same bytes each time the same text is drawn', async () => {
    await fc.assert(
      fc.asyncProperty(cardArbitrary, async (generated) => {
        const card = toCard(generated);
        const png = await shareCardToFreshPng(card);
        expect(pngHeader(png)).toEqual({ width: 1200, height: 630, bitDepth: 4, colourType: 3 });
        expect(png.length).toBeLessThan(40_000);
        expect((await shareCardToFreshPng({ ...card })).equals(png)).toBe(true);
      }),
      { numRuns: 20 },
    );
  });

  it('read back, in another decoder, as the drawing itself, each pixel within half a blend step', async () => {
    await fc.assert(
      fc.asyncProperty(cardArbitrary, async (generated) => {
        const card = toCard(generated);
        const drawn = await renderAsync(await shareCardToSvg(card), { font: { loadSystemFonts: false } });
        const decoded = await sharp(await shareCardToFreshPng(card))
          .ensureAlpha()
          .raw()
          .toBuffer();
        // Read once: each reading of `pixels` copies the whole image out of resvg.
        const pixels = drawn.pixels;
        expect(decoded.length).toBe(pixels.length);
        let worst = 0;
        for (let i = 0; i < decoded.length; i += 1) worst = Math.max(worst, Math.abs(decoded[i]! - pixels[i]!));
        // The accent's four steps are the widest: (255 - 11) / 4 / 2 = 30.5 in red.
        expect(worst).toBeLessThanOrEqual(31);
      }),
      { numRuns: 8 },
    );
  });

  it('come from the build’s drawing threads and their cache as the same bytes as drawn here', async () => {
    const cards = fc.sample(cardArbitrary, { numRuns: 6, seed: Date.now() }).map(toCard);
    // Asked all at once, as Astro asks for several pages at a time; then again, from the cache.
    const fromThreads = await Promise.all(cards.map((card) => shareCardToPng(card)));
    for (const [i, card] of cards.entries()) {
      const drawnHere = await shareCardToFreshPng(card);
      expect(fromThreads[i]!.equals(drawnHere)).toBe(true);
      expect((await shareCardToPng(card)).equals(drawnHere)).toBe(true);
    }
  });

  it('show a different picture for a different title', async () => {
    const card = toCard({ locale: 'fr', words: ['«', 'Vœux', '»', 'd’Interpol'], day: 3 });
    const other = await shareCardToFreshPng({ ...card, title: typesetText('« Vœux » de l’Interpol', 'fr') });
    expect(other.equals(await shareCardToFreshPng(card))).toBe(false);
  });
});

describe('four-bit palette PNGs', () => {
  const palette = inksToPalette(shareCardColours.paper, [
    { colour: '#1a1a1a', steps: 11 },
    { colour: '#0b4f8a', steps: 4 },
  ]);

  it('keep every pixel drawn in a palette colour exactly, at any width', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 20 }),
        fc.infiniteStream(fc.integer({ min: 0, max: palette.length - 1 })),
        async (width, height, indices) => {
          const chosen = [...indices.take(width * height)];
          const pixels = Uint8Array.from(chosen.flatMap((index) => [...palette[index]!, 255]));
          const decoded = await sharp(pixelsToIndexedPng(pixels, width, height, palette))
            .ensureAlpha()
            .raw()
            .toBuffer();
          expect([...decoded]).toEqual([...pixels]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('refuse a colour no ink explains, and a see-through pixel, rather than paint them another colour', () => {
    const red = Uint8Array.from([255, 255, 255, 255, 220, 0, 0, 255]);
    expect(() => pixelsToIndexedPng(red, 2, 1, palette)).toThrow('rgb(220 0 0) is far from every colour of the palette');
    const clear = Uint8Array.from([255, 255, 255, 255, 26, 26, 26, 0]);
    expect(() => pixelsToIndexedPng(clear, 2, 1, palette)).toThrow('Pixel 1,0 is not opaque');
    expect(() => inksToPalette('#ffffff', [{ colour: '#000000', steps: 16 }])).toThrow('need 17');
  });
});
