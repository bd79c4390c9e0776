// @ts-check
// Runs before Decap CMS (two modules, in the page's order): picks the editor's language, then,
// once Decap is loaded, teaches it the release format and the photo rules and starts it.
// This module imports nothing statically: the browser runs the next module only once this one's
// whole import graph is loaded, so the form's modules (and `yaml`) are fetched with the
// configuration while Decap's bundle downloads and parses, not before it runs.

/** @typedef {{ collections: { name: string, folder: string, fields: { name: string, i18n: unknown }[] }[], i18n: { locales: string[], default_locale: string } }} CmsConfig */
/** @typedef {{ getIn(path: string[]): { get(name: string): unknown } | undefined }} DecapEntry */
/** @typedef {{ dataFiles: { path: string }[] }} DecapSave */
/** @typedef {{ persistEntry(entry: DecapSave, options: unknown): Promise<unknown> }} DecapBackendInstance */
/** @typedef {{ init: (...args: unknown[]) => DecapBackendInstance }} DecapBackend */
/** @typedef {{ fromFile(text: string): object, toFile(data: Record<string, unknown>, order?: string[]): string }} DecapFormat */
/** @typedef {{ registerEventListener(listener: { name: string, handler: (event: { entry: DecapEntry }) => unknown }): void, getBackend(name: string): DecapBackend | undefined, registerCustomFormat(name: string, extension: string, format: DecapFormat): void, registerPreviewStyle(href: string): void, registerPreviewTemplate(name: string, component: unknown): void, init(options: { config: unknown }): void }} DecapCms */

/** @type {string[]} */
const locales = (document.documentElement.dataset['locales'] ?? '').split(' ');

/** `?lang=fr` first, then the language chosen on the site, then the browser's; else the first. */
function editorLocale() {
  const asked = new URLSearchParams(window.location.search).get('lang');
  let remembered = null;
  try {
    remembered = localStorage.getItem(document.documentElement.dataset['localeKey'] ?? '');
  } catch {
    // Storage can be disabled; the browser's languages still say something.
  }
  const browser = navigator.languages.map((language) => language.slice(0, 2));
  return [asked, remembered, ...browser].find((locale) => locale && locales.includes(locale)) ?? locales[0] ?? '';
}

const locale = editorLocale();
document.documentElement.lang = locale;
// @ts-expect-error Decap reads this flag from the window: it waits for CMS.init() below.
window.CMS_MANUAL_INIT = true;

// Beside this script, wherever the site's folder puts /admin/.
const configLoaded = fetch(new URL(`config.${locale}.json`, import.meta.url)).then((response) => response.json());
const modulesLoaded = Promise.all([import('./release-format.js'), import('./photo-files.js'), import('./release-preview.js')]);
// Decap's script runs before DOMContentLoaded; the promises are awaited there, not left to fail unheard.
const decapRan = new Promise((done) => document.addEventListener('DOMContentLoaded', done, { once: true }));

(async () => {
  const [config, [{ releaseFromFile, releaseToFile }, { preparePhotosBeforeUpload }, { releasePreview }]] = await Promise.all([
    configLoaded,
    modulesLoaded,
    decapRan,
  ]);
  if (!config.backend.repo && !config.local_backend) {
    const message = document.createElement('p');
    message.setAttribute('role', 'alert');
    message.textContent = config.notConfigured;
    document.body.append(message);
    return;
  }
  const { photos, preview, translationNotes } = config;
  delete config.notConfigured;
  delete config.photos;
  delete config.preview;
  delete config.translationNotes;
  /** @type {DecapCms} */
  // @ts-expect-error Decap's script defines window.CMS.
  const cms = window.CMS;
  // The release's frontmatter is edited in place, so one field changed is one field's lines in the diff.
  const pathOfText = rememberFilePaths(cms);
  cms.registerCustomFormat('release-frontmatter', 'md', {
    fromFile: (text) => withTranslationNote(releaseFromFile(text), pathOfText.get(text), translationNotes),
    toFile: (data, order) => releaseToFile(data, order),
  });
  for (const href of preview.styles) cms.registerPreviewStyle(href);
  const collection = config.collections[0];
  const [fileNames, previewText] = await Promise.all([import(photos.fileNamesScript), import(preview.textScript)]);
  // @ts-expect-error Decap's script defines window.h, React's createElement.
  if (collection) cms.registerPreviewTemplate(collection.name, releasePreview(window.h, preview.columns, previewText));
  preparePhotosBeforeUpload({ ...photos, fileNames });
  readMissingTranslationsAsEmpty(cms);
  leaveOutEmptyTranslations(cms, config);
  cms.init({ config });
})();

/**
 * Decap hands a format a file's text, not its path: the backends' listings are watched to know
 * which file each text came from (a text shared by two files has one path, and the same note).
 * @param {DecapCms} cms
 * @returns {Map<string, string>}
 */
function rememberFilePaths(cms) {
  /** @type {Map<string, string>} */
  const pathOfText = new Map();
  for (const name of ['proxy', 'github']) {
    const backend = cms.getBackend(name);
    if (!backend) continue;
    const init = backend.init;
    backend.init = (...args) => {
      const implementation =
        /** @type {DecapBackendInstance & { entriesByFolder(...args: unknown[]): Promise<{ file: { path: string }, data: string }[]> }} */ (
          init(...args)
        );
      const entriesByFolder = implementation.entriesByFolder.bind(implementation);
      implementation.entriesByFolder = async (...listArgs) => {
        const entries = await entriesByFolder(...listArgs);
        for (const entry of entries) if (typeof entry.data === 'string') pathOfText.set(entry.data, entry.file.path);
        return entries;
      };
      return implementation;
    };
  }
  return pathOfText;
}

/**
 * A release's data with `translation`, the note the list shows after its title (" — French only").
 * @param {Record<string, unknown>} data @param {string | undefined} path @param {Record<string, string>} notes
 */
function withTranslationNote(data, path, notes) {
  const slug = path
    ?.split('/')
    .at(-1)
    ?.replace(/\.mdx?$/, '');
  const note = slug ? notes[slug] : undefined;
  return { ...data, translation: note ? ` — ${note}` : '' };
}

/**
 * Decap reopens a release saved on its branch by reading each language's file there; a language
 * the release is not written in has no file, and Decap then leaves that language out of the entry
 * and fails on the next save with "Cannot read properties of undefined (reading 'get')". A file
 * the backend answers "not found" (404) for is read as an empty text instead: an empty translation,
 * which the form shows as such and leaveOutEmptyTranslations keeps out of the save.
 * @param {DecapCms} cms
 */
function readMissingTranslationsAsEmpty(cms) {
  for (const name of ['proxy', 'github']) {
    const backend = cms.getBackend(name);
    if (!backend) continue;
    const init = backend.init;
    backend.init = (...args) => {
      const implementation = /** @type {DecapBackendInstance & { unpublishedEntryDataFile(...args: unknown[]): Promise<string> }} */ (
        init(...args)
      );
      const readFile = implementation.unpublishedEntryDataFile.bind(implementation);
      implementation.unpublishedEntryDataFile = async (...fileArgs) => {
        try {
          return await readFile(...fileArgs);
        } catch (error) {
          if (/** @type {{ status?: number }} */ (error).status === 404) return '';
          throw error;
        }
      };
      return implementation;
    };
  }
}

/**
 * True when a form value holds something: text that is not blank, a list with an item.
 * @param {unknown} value
 */
function isWritten(value) {
  if (typeof value === 'string') return value.trim() !== '';
  return typeof value === 'object' && value !== null && 'size' in value && Number(value.size) > 0;
}

/**
 * Decap copies the shared fields (date, type...) into the other language as soon as they are
 * filled, so an untouched translation would still be saved, as a file with no title. Before each
 * save, the languages in which the editor wrote none of the translated fields are noted, and the
 * backend is handed the other files only: a release in one language is one file.
 * @param {DecapCms} cms
 * @param {CmsConfig} config
 */
function leaveOutEmptyTranslations(cms, config) {
  const collection = config.collections[0];
  if (!collection) return;
  const translated = collection.fields.filter((field) => field.i18n === true).map((field) => field.name);
  /** @type {string[]} */
  let emptyFolders = [];
  cms.registerEventListener({
    name: 'preSave',
    handler: ({ entry }) => {
      emptyFolders = config.i18n.locales
        .filter((locale) => locale !== config.i18n.default_locale)
        .filter((locale) => {
          const data = entry.getIn(['i18n', locale, 'data']);
          return !data || !translated.some((name) => isWritten(data.get(name)));
        })
        .map((locale) => `${collection.folder}/${locale}/`);
      return undefined;
    },
  });
  // The local backend (decap-server) and GitHub's both save through persistEntry.
  for (const name of ['proxy', 'github']) {
    const backend = cms.getBackend(name);
    if (!backend) continue;
    const init = backend.init;
    backend.init = (...args) => {
      const implementation = init(...args);
      const persistEntry = implementation.persistEntry.bind(implementation);
      implementation.persistEntry = (entry, options) =>
        persistEntry(
          { ...entry, dataFiles: entry.dataFiles.filter((file) => !emptyFolders.some((folder) => file.path.startsWith(folder))) },
          options,
        );
      return implementation;
    };
  }
}
