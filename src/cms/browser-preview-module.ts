import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * The site's date and typography rules as a browser module (/admin/preview-text.js), bundled at
 * build time from src/cms/preview-text.ts, so the preview cannot drift from the pages.
 */
export function browserPreviewTextModule(): string {
  const { outputFiles } = buildSync({
    entryPoints: [fileURLToPath(new URL('./preview-text.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    banner: { js: '// Bundled at build time from src/cms/preview-text.ts: edit the rules in the modules it names.' },
  });
  return outputFiles[0]!.text;
}
