import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** A module of the site's own code, bundled as it is for the form's browser page: one source of rules for the site and the form. */
function sourceToBrowserModule(source: URL, banner: string): string {
  const { outputFiles } = buildSync({
    entryPoints: [fileURLToPath(source)],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    banner: { js: banner },
  });
  return outputFiles[0]!.text;
}

/**
 * The content check's naming rules as a browser module (/admin/file-names.js): src/content-reader/slugs.ts
 * and what it imports, so the form names a photo exactly as the check wants it.
 */
export function browserFileNamesModule(): string {
  return sourceToBrowserModule(
    new URL('../content-reader/slugs.ts', import.meta.url),
    '// Bundled at build time from src/content-reader/slugs.ts: edit the rules there.',
  );
}

/** The site's date and typography rules as a browser module (/admin/preview-text.js), so the preview cannot drift from the pages. */
export function browserPreviewTextModule(): string {
  return sourceToBrowserModule(
    new URL('./preview-text.ts', import.meta.url),
    '// Bundled at build time from src/cms/preview-text.ts: edit the rules in the modules it names.',
  );
}
