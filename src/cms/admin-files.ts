import { buildSync } from 'esbuild';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { localeToRecord, locales } from '../i18n/locales.ts';
import { sitePathToHref } from '../i18n/paths.ts';
import { adminPageHtml } from './admin-page.ts';
import { adminPolicy } from './admin-policy.ts';
import { cmsConfig } from './cms-config.ts';
import type { CmsSettings } from './cms-settings.ts';
import { formText } from '../i18n/cms-form/index.ts';
import { browserFileNamesModule, browserPreviewTextModule } from './browser-modules.ts';
import { decapBundle, fieldsToWidgets } from './decap-bundle.ts';
import { previewColumns } from './preview-columns.ts';
import { photoLimits } from './photo-limits.ts';
import { releaseFormFields } from './release-fields.ts';
import { releasesInFolder, translationNotes, type NotedRelease } from './translation-notes.ts';

/** One file of the built /admin/ folder: written from text, or copied from a package. */
export type AdminFile = { path: string; text: string } | { path: string; copyFrom: string };

/**
 * The `yaml` package's browser build as one minified module: the form edits frontmatter in place with
 * it. Bundled, because its 73 files were 73 requests before the form could start.
 */
function yamlBrowserModule(): string {
  const { outputFiles } = buildSync({
    entryPoints: [fileURLToPath(new URL('browser/dist/index.js', import.meta.resolve('yaml/package.json')))],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    legalComments: 'none',
  });
  return outputFiles[0]!.text;
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
 * Every file of /admin/, paths relative to the site's root. Decap's folder is named by version and
 * content, so a new one never mixes with an old one. `siteStyles` are the built site's stylesheets, for the preview;
 * `releases` the release files the translation notes are made from (a build passes those it has read).
 */
export function adminFiles(
  settings: CmsSettings,
  contentDir: string,
  siteStyles: string[] = [],
  releases: () => readonly NotedRelease[] = () => releasesInFolder(contentDir),
): AdminFile[] {
  // Every language's form has the same fields: the first one's say which widgets Decap needs.
  const decap = decapBundle(fieldsToWidgets(releaseFormFields(locales[0]!)), locales);
  const decapFolder = `admin/${decap.folder}`;
  const contentFolder = repositoryFolder(contentDir);
  // Content from outside the repository, or a preview, has nowhere to be saved: the page then says the form is not set up.
  const reachable = contentFolder && !settings.preview ? settings : { ...settings, repo: undefined, localBackendUrl: undefined };
  const importMap = { imports: { yaml: sitePathToHref('/admin/yaml.js') } };
  // Made once for every language's form.
  const notes = contentFolder ? translationNotes(contentDir, releases()) : () => ({});
  return [
    {
      path: 'admin/index.html',
      text: adminPageHtml({
        policy: adminPolicy(reachable, importMap),
        importMap,
        decapScript: sitePathToHref(`/${decapFolder}/${decap.entry}`),
      }),
    },
    ...browserScripts.map((name) => ({ path: `admin/${name}`, copyFrom: fileURLToPath(new URL(`./browser/${name}`, import.meta.url)) })),
    ...['admin.css', 'preview.css'].map((name) => ({
      path: `admin/${name}`,
      copyFrom: fileURLToPath(new URL(`./browser/${name}`, import.meta.url)),
    })),
    { path: 'admin/file-names.js', text: browserFileNamesModule() },
    { path: 'admin/preview-text.js', text: browserPreviewTextModule() },
    { path: 'admin/yaml.js', text: yamlBrowserModule() },
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
          translationNotes: notes(locale),
        },
        null,
        2,
      )}\n`,
    })),
    ...decap.files.map(({ name, text }) => ({ path: `${decapFolder}/${name}`, text })),
  ];
}
