import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { siteIdentity } from '../../src/site-identity.ts';

/** WCAG's relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The page backgrounds the stylesheet declares, light first, then dark. */
function backgrounds(): string[] {
  const css = readFileSync('src/styles/base.css', 'utf8');
  return [...css.matchAll(/--background: (#[0-9a-f]{6});/g)].map((match) => match[1]!);
}

describe('the site identity', () => {
  test('keeps links and buttons readable: each accent colour has 4.5:1 against its page background', () => {
    const [light, dark] = backgrounds();
    expect(light && dark).toBeTruthy();
    expect(contrast(siteIdentity.accent.light, light!)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(siteIdentity.accent.dark, dark!)).toBeGreaterThanOrEqual(4.5);
  });

  test('has its logo in public/, as an SVG of the size the header gives it', () => {
    const svg = readFileSync(`public${siteIdentity.logo.src}`, 'utf8');
    expect(svg).toMatch(/^<svg [^>]*viewBox="0 0 (\d+) (\d+)"/);
    const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!;
    expect(Number(width) / Number(height)).toBe(siteIdentity.logo.width / siteIdentity.logo.height);
  });
});
