import { resolve } from 'node:path';
import { releaseFilesOf } from '../content-reader/file-names.ts';
import { listContentFolder } from '../content-reader/list-content-folder.ts';
import type { Locale } from '../i18n/locales.ts';
import { formText } from '../i18n/cms-form/index.ts';
import { readLastChanges } from '../translation-status/last-change.ts';
import { translationStatus } from '../translation-status/translation-status.ts';

/**
 * What the form's list of releases says beside each one whose translation needs work, in the
 * editor's language: `{ 'some-slug': 'French only' }`. Read from the content folder and its git
 * history when the site is built (or, under `npm run cms`, when the form is opened), as
 * `npm run translation:status` reads them.
 */
export function translationNotes(contentDir: string, locale: Locale): Record<string, string> {
  const text = formText(locale).translation;
  const { lastChange } = readLastChanges(contentDir);
  const status = translationStatus(releaseFilesOf(listContentFolder(contentDir).files), (file) =>
    lastChange(resolve(contentDir, file.path)),
  );
  return Object.fromEntries([
    ...status.untranslated.map(({ slug, file }) => [slug, text.onlyIn[file.locale]]),
    ...status.changedAfterTranslation.map(({ slug, translation }) => [slug, text.olderTranslation[translation.locale]]),
  ]);
}
