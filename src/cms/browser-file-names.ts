import { extensionOf, imageExtensions, reservedSlugs, textToSlug } from '../content-reader/file-names.ts';

/**
 * The content check's naming rules as a browser module (/admin/file-names.js), written from the
 * very functions the check runs, so the form names a photo exactly as the check wants it.
 */
export function browserFileNamesModule(): string {
  return [
    '// Written at build time from src/content-reader/file-names.ts: edit the rules there.',
    `const reservedSlugs = ${JSON.stringify(reservedSlugs)};`,
    `export const imageExtensions = ${JSON.stringify(imageExtensions)};`,
    `export const extensionOf = ${extensionOf.toString()};`,
    `export const textToSlug = ${textToSlug.toString()};`,
    '',
  ].join('\n');
}
