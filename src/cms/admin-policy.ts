import type { CmsSettings } from './cms-settings.ts';

/**
 * The Content-Security-Policy of /admin/ only; every other page keeps the site's own
 * (astro.config.mjs). Each source is there because Decap CMS needs it, as measured by the CMS tests.
 */
export function adminPolicy(settings: CmsSettings): string {
  const connect = ["'self'", 'https://api.github.com'];
  if (settings.localBackendUrl) connect.push(new URL(settings.localBackendUrl).origin);
  return [
    "default-src 'self'",
    // Decap compiles its configuration's JSON schema into functions (ajv), at run time.
    "script-src 'self' 'unsafe-eval'",
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
