import type { APIRoute } from 'astro';
import sharp from 'sharp';
import logoSvg from '../../public/logo.svg?raw';
import { siteIdentity } from '../site-identity.ts';

// The publisher's logo as a PNG, drawn from public/logo.svg so the two never differ.
export const GET: APIRoute = async () => {
  const { logo, rasterLogo } = siteIdentity;
  // The SVG is drawn at the density that gives the PNG's size, not scaled up from its 40 px.
  const png = await sharp(Buffer.from(logoSvg), { density: (72 * rasterLogo.width) / logo.width })
    .resize(rasterLogo.width, rasterLogo.height)
    .png()
    .toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
