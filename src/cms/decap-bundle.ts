import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import type { CmsField } from './release-fields.ts';

/** The backends the form can use: GitHub's (the deployed site) and decap-server's (`npm run cms`, the CMS tests). */
const backends = [
  { name: 'github', module: 'decap-cms-backend-github', exported: 'GitHubBackend' },
  { name: 'proxy', module: 'decap-cms-backend-proxy', exported: 'ProxyBackend' },
] as const;

/** Every widget the fields use, nested fields included: `string`, `list`, `image`... */
export function fieldsToWidgets(fields: readonly CmsField[]): string[] {
  const widgets = new Set<string>();
  const visit = (field: CmsField) => {
    widgets.add(field.widget);
    field.fields?.forEach(visit);
  };
  fields.forEach(visit);
  return [...widgets].sort();
}

/**
 * The script that makes Decap out of its parts: its core, the two backends, the widgets the fields
 * use and the interface's languages, then what Decap's prebuilt bundle does on load (window.CMS,
 * window.h for preview templates, and init unless the page asked to start it itself).
 */
export function decapEntry(widgets: readonly string[], interfaceLocales: readonly string[]): string {
  const named = (name: string) => name.replace(/\W/g, '_');
  return [
    "import { DecapCmsCore as CMS } from 'decap-cms-core';",
    "import { createElement } from 'react';",
    ...backends.map(({ module, exported }) => `import { ${exported} } from '${module}';`),
    ...widgets.map((widget) => `import widget_${named(widget)} from 'decap-cms-widget-${widget}';`),
    `import { ${interfaceLocales.map((locale) => `${named(locale)} as locale_${named(locale)}`).join(', ')} } from 'decap-cms-locales';`,
    ...backends.map(({ name, exported }) => `CMS.registerBackend('${name}', ${exported});`),
    `CMS.registerWidget([${widgets.map((widget) => `widget_${named(widget)}.Widget()`).join(', ')}]);`,
    ...interfaceLocales.map((locale) => `CMS.registerLocale('${locale}', locale_${named(locale)});`),
    'window.CMS = CMS;',
    'window.h = createElement;',
    'if (!window.CMS_MANUAL_INIT) CMS.init();',
    '',
  ].join('\n');
}

export interface DecapBundle {
  /** `decap-cms-3.16.3-<hash>`: a new bundle never mixes with an old one in a browser's cache. */
  folder: string;
  /** The entry's file name in the folder; the others are chunks it loads when a part of Decap is first used, and licences. */
  entry: string;
  files: { name: string; text: string }[];
}

let bundled: { key: string; bundle: DecapBundle } | undefined;

/** esbuild's run, its failure told in the form's terms: a widget or an interface language Decap does not have. */
function bundleOrExplain(widgets: readonly string[], interfaceLocales: readonly string[], options: Parameters<typeof buildSync>[0]) {
  try {
    return buildSync(options);
  } catch (error) {
    throw new Error(
      `Decap CMS could not be bundled with the widgets ${widgets.join(', ')} and the interface languages ${interfaceLocales.join(', ')}: ` +
        'each widget needs its package decap-cms-widget-<name>, and each site language a translation in decap-cms-locales. ' +
        `esbuild said: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
}

/**
 * Decap CMS bundled by esbuild with only what the form uses (minified, tree-shaken, its rarely used
 * parts split into chunks), instead of the prebuilt `decap-cms` with every widget, backend and language.
 * Kept in memory: `astro dev` serves /admin/ from it on every request.
 */
export function decapBundle(widgets: readonly string[], interfaceLocales: readonly string[]): DecapBundle {
  const key = JSON.stringify([widgets, interfaceLocales]);
  if (bundled?.key === key) return bundled.bundle;
  const packageFile = fileURLToPath(import.meta.resolve('decap-cms-app/package.json'));
  const { version } = JSON.parse(readFileSync(packageFile, 'utf8')) as { version: string };
  const { outputFiles } = bundleOrExplain(widgets, interfaceLocales, {
    stdin: { contents: decapEntry(widgets, interfaceLocales), resolveDir: fileURLToPath(new URL('.', import.meta.url)), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    splitting: true,
    platform: 'browser',
    target: 'es2022',
    outdir: '/decap',
    entryNames: 'decap-cms',
    chunkNames: 'chunk-[hash]',
    // Decap's packages are compiled for webpack, which supplies these two.
    define: { 'process.env.NODE_ENV': '"production"', global: 'globalThis' },
    legalComments: 'external',
    write: false,
    logLevel: 'silent',
  });
  const files = (outputFiles ?? []).map((file) => ({ name: basename(file.path), text: file.text }));
  const entry = 'decap-cms.js';
  const main = files.find(({ name }) => name === entry);
  if (!main) throw new Error(`esbuild wrote no ${entry} for Decap CMS: src/cms/decap-bundle.ts names the entry.`);
  const hash = createHash('sha256').update(main.text).digest('hex').slice(0, 8);
  const bundle = { folder: `decap-cms-${version}-${hash}`, entry, files };
  bundled = { key, bundle };
  return bundle;
}
