import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeToRecord, locales } from '../i18n/locales.ts';
import { sitePathToHref } from '../i18n/paths.ts';
import { adminPageHtml } from './admin-page.ts';
import { adminPolicy } from './admin-policy.ts';
import { cmsConfig } from './cms-config.ts';
import type { CmsSettings } from './cms-settings.ts';
import { formText } from '../i18n/cms-form/index.ts';
import { browserFileNamesModule } from './browser-file-names.ts';
import { browserPreviewTextModule } from './browser-preview-module.ts';
import { previewColumns } from './preview-columns.ts';
import { photoLimits } from './photo-limits.ts';
import { translationNotes } from './translation-notes.ts';

/** One file of the built /admin/ folder: written from text, or copied from Decap's package. */
export type AdminFile = { path: string; text: string } | { path: string; copyFrom: string };

/** Decap's prebuilt bundle (React included): the entry script, the chunks it loads on demand, its WebAssembly. */
function decapBundle(): { version: string; files: string[] } {
  const entry = fileURLToPath(import.meta.resolve('decap-cms'));
  const folder = dirname(entry);
  const { version } = JSON.parse(readFileSync(join(folder, '..', 'package.json'), 'utf8')) as { version: string };
  const files = readdirSync(folder)
    .filter((name) => /^(\d+\.)?decap-cms\.js$|\.wasm$|^decap-cms\.js\.LICENSE\.txt$/.test(name))
    .map((name) => join(folder, name));
  return { version, files };
}

/** The `yaml` package's browser build (ES modules, no dependencies): the form edits frontmatter in place with it. */
function yamlBrowserFiles(): { relativePath: string; file: string }[] {
  const folder = join(dirname(fileURLToPath(import.meta.resolve('yaml/package.json'))), 'browser', 'dist');
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => {
      const file = join(entry.parentPath, entry.name);
      return { relativePath: relative(folder, file).split(sep).join('/'), file };
    });
}

/** The form's own scripts, ES modules copied as they are from src/cms/browser/. */
const browserScripts = ['start-cms.js', 'release-format.js', 'photo-files.js', 'release-preview.js'];

/**
 * The repository-relative folder of releases, as the form writes paths (`content`); undefined when
 * the site is built from content outside the repository (a generated corpus), which no form can edit.
 */
export function repositoryFolder(contentDir: string, root = process.cwd()): string | undefined {
  const folder = relative(root, contentDir).split(sep).join('/');
  return !folder || folder.startsWith('..') ? undefined : folder;
}

/**
 * Every file of /admin/, paths relative to the site's root. Decap's folder is named by version, so a
 * new one never mixes with an old one. `siteStyles` are the built site's stylesheets, for the preview.
 */
export function adminFiles(settings: CmsSettings, contentDir: string, siteStyles: string[] = []): AdminFile[] {
  const { version, files } = decapBundle();
  const decapFolder = `admin/decap-cms-${version}`;
  const contentFolder = repositoryFolder(contentDir);
  // Content from outside the repository, or a preview, has nowhere to be saved: the page then says the form is not set up.
  const reachable = contentFolder && !settings.preview ? settings : { ...settings, repo: undefined, localBackendUrl: undefined };
  const importMap = { imports: { yaml: sitePathToHref('/admin/yaml/index.js') } };
  return [
    {
      path: 'admin/index.html',
      text: adminPageHtml({
        policy: adminPolicy(reachable, importMap),
        importMap,
        decapScript: sitePathToHref(`/${decapFolder}/decap-cms.js`),
      }),
    },
    ...browserScripts.map((name) => ({ path: `admin/${name}`, copyFrom: fileURLToPath(new URL(`./browser/${name}`, import.meta.url)) })),
    ...['admin.css', 'preview.css'].map((name) => ({
      path: `admin/${name}`,
      copyFrom: fileURLToPath(new URL(`./browser/${name}`, import.meta.url)),
    })),
    { path: 'admin/file-names.js', text: browserFileNamesModule() },
    { path: 'admin/preview-text.js', text: browserPreviewTextModule() },
    ...yamlBrowserFiles().map(({ relativePath, file }) => ({ path: `admin/yaml/${relativePath}`, copyFrom: file })),
    ...locales.map((locale) => ({
      path: `admin/config.${locale}.json`,
      text: `${JSON.stringify(
        {
          ...cmsConfig(locale, reachable, contentFolder ?? 'content'),
          notConfigured: settings.preview ? formText(locale).notOnPreview : formText(locale).notConfigured,
          // `intl` formats the numbers of the form's photo notes as the language writes them ("3 000 × 1 875").
          photos: {
            limits: photoLimits,
            text: formText(locale).photos,
            intl: localeToRecord(locale).intl,
            fileNamesScript: sitePathToHref('/admin/file-names.js'),
          },
          // The preview pane: the site's stylesheets and the preview's own, a column per language, the site's date and typography rules.
          preview: {
            styles: [...siteStyles, sitePathToHref('/admin/preview.css')],
            columns: previewColumns(locale),
            textScript: sitePathToHref('/admin/preview-text.js'),
          },
          translationNotes: contentFolder ? translationNotes(contentDir, locale) : {},
        },
        null,
        2,
      )}\n`,
    })),
    ...files.map((file) => ({ path: `${decapFolder}/${file.split(sep).at(-1)}`, copyFrom: file })),
  ];
}
