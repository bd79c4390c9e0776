import { localeStorageKey } from '../client/page-actions.ts';
import { locales } from '../i18n/locales.ts';
import { sitePathToHref } from '../i18n/paths.ts';
import { formText } from '../i18n/cms-form/index.ts';

const escapeHtml = (text: string) => text.replace(/[<>&"]/g, (character) => `&#${character.charCodeAt(0)};`);

/**
 * The page at /admin/: its own policy in a <meta> (GitHub Pages cannot send headers), kept out of
 * search engines, and two modules, run once the page is read so it shows at once: the one that chooses
 * the editor's language and config and teaches Decap the release format, then Decap (src/cms/decap-bundle.ts).
 */
export function adminPageHtml({ policy, importMap, decapScript }: { policy: string; importMap: object; decapScript: string }): string {
  const [firstLocale] = locales;
  const needsJavaScript = locales.map((locale) => `<p lang="${locale}">${escapeHtml(formText(locale).needsJavaScript)}</p>`).join('');
  return [
    '<!DOCTYPE html>',
    `<html lang="${firstLocale}" data-locales="${escapeHtml(locales.join(' '))}" data-locale-key="${escapeHtml(localeStorageKey)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="content-security-policy" content="${escapeHtml(policy)}">`,
    '<meta name="robots" content="noindex, nofollow">',
    '<meta name="referrer" content="same-origin">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Newsroom CMS</title>',
    `<link rel="icon" href="${sitePathToHref('/favicon.svg')}" type="image/svg+xml">`,
    `<link rel="stylesheet" href="${sitePathToHref('/admin/admin.css')}">`,
    // The import map's text is hashed into the policy as it is written here: never reformat it.
    `<script type="importmap">${JSON.stringify(importMap)}</script>`,
    // Both run after the page is read, in this order: the first sets Decap's manual start before Decap runs.
    `<script type="module" src="${sitePathToHref('/admin/start-cms.js')}"></script>`,
    `<script type="module" src="${escapeHtml(decapScript)}"></script>`,
    '</head>',
    '<body>',
    `<noscript>${needsJavaScript}</noscript>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
