import { createHash } from 'node:crypto';
import type { CmsSettings } from './cms-settings.ts';

/** The CSP source that lets exactly this inline script (the page's import map) run. */
export const scriptHash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

/**
 * The Content-Security-Policy of /admin/ only; every other page keeps the site's own
 * (astro.config.mjs). Each source is there because Decap CMS needs it, as measured by the CMS tests.
 */
export function adminPolicy(settings: CmsSettings, importMap: object): string {
  // Decap reads a photo the editor chose from memory (blob:, data:) to upload it and to keep the local draft.
  const connect = ["'self'", 'blob:', 'data:', 'https://api.github.com'];
  if (settings.localBackendUrl) connect.push(new URL(settings.localBackendUrl).origin);
  return [
    "default-src 'self'",
    // Decap compiles its configuration's JSON schema into functions (ajv), at run time.
    `script-src 'self' 'unsafe-eval' ${scriptHash(JSON.stringify(importMap))}`,
    // Decap's components write their styles into the page as they render (emotion).
    "style-src 'self' 'unsafe-inline'",
    // Images chosen for upload are previewed from memory; GitHub serves avatars and stored images.
    "img-src 'self' data: blob: https://avatars.githubusercontent.com https://raw.githubusercontent.com",
    `connect-src ${connect.join(' ')}`,
    "font-src 'self' data:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join('; ');
}
