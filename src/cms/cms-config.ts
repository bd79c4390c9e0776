import { localesOtherThan, type Locale } from '../i18n/locales.ts';
import type { CmsSettings } from './cms-settings.ts';
import { formText } from '../i18n/cms-form/index.ts';
import { releaseFormFields } from './release-fields.ts';

/** The local backend's address with the editor's language (`?lang=fr`), for the publish guard's messages. */
export function localBackendUrlIn(url: string, locale: Locale): string {
  const address = new URL(url);
  address.searchParams.set('lang', locale);
  return address.href;
}

/**
 * Decap CMS's whole configuration for an editor working in `locale`: that language is the form's
 * main column, the other the translation beside it. Written at build time from the schema, the
 * vocabularies and the dictionaries, so the form never disagrees with the content check.
 */
export function cmsConfig(locale: Locale, settings: CmsSettings, contentFolder: string) {
  const text = formText(locale);
  return {
    // The page hands this object to Decap itself: there is no config.yml to fetch.
    load_config_file: false,
    locale,
    backend: {
      name: 'github',
      ...(settings.repo ? { repo: settings.repo } : {}),
      branch: settings.branch,
      ...(settings.oauthUrl ? { base_url: settings.oauthUrl } : {}),
      // One commit per release on the published branch, whatever the editor saved on the way.
      squash_merges: true,
      commit_messages: {
        create: 'New release “{{slug}}”, written in the editing form',
        update: 'Release “{{slug}}” corrected in the editing form',
        delete: 'Release “{{slug}}” deleted in the editing form',
        uploadMedia: 'Image “{{path}}” added in the editing form',
        deleteMedia: 'Image “{{path}}” deleted in the editing form',
      },
    },
    // The local publish guard answers in the editor's language, which it reads from this address.
    ...(settings.localBackendUrl ? { local_backend: { url: localBackendUrlIn(settings.localBackendUrl, locale) } } : {}),
    // Each release is saved on a branch of its own and reviewed in a pull request before it is published.
    publish_mode: 'editorial_workflow',
    media_folder: `${contentFolder}/images`,
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    i18n: { structure: 'multiple_folders', locales: [locale, ...localesOtherThan(locale)], default_locale: locale },
    collections: [
      {
        name: 'releases',
        label: text.collection,
        label_singular: text.collectionSingular,
        description: text.collectionDescription,
        folder: contentFolder,
        // Registered by start-cms.js: the frontmatter is edited in place, so a one-field edit is a one-field diff.
        format: 'release-frontmatter',
        extension: 'md',
        create: true,
        slug: '{{slug}}',
        identifier_field: 'title',
        // `translation` is not a field: start-cms.js adds it to each release read, from the build's translation status.
        summary: '{{title}} ({{date}}){{translation}}',
        sortable_fields: ['date', 'title'],
        // Photos sit in content/images/, beside the language folders, and release files name them from there.
        // Decap resolves media_folder from the collection's folder (content/images/) and writes public_folder in the file.
        media_folder: 'images',
        public_folder: '../images',
        i18n: true,
        fields: releaseFormFields(locale),
      },
    ],
  };
}

export type CmsConfig = ReturnType<typeof cmsConfig>;
