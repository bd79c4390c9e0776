import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * The content check's naming rules as a browser module (/admin/file-names.js): src/content-reader/slugs.ts
 * and what it imports, bundled as they are, so the form names a photo exactly as the check wants it.
 */
export function browserFileNamesModule(): string {
  const { outputFiles } = buildSync({
    entryPoints: [fileURLToPath(new URL('../content-reader/slugs.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    banner: { js: '// Bundled at build time from src/content-reader/slugs.ts: edit the rules there.' },
  });
  return outputFiles[0]!.text;
}
