import { resolve } from 'node:path';
import { releaseFilesOf } from '../content-reader/file-names.ts';
import { listContentFolder } from '../content-reader/list-content-folder.ts';
import { formText } from '../i18n/cms-form/index.ts';
import { localeToName, onlyIn } from '../i18n/language-names.ts';
import type { Locale } from '../i18n/locales.ts';
import { fillPlaceholders } from '../i18n/placeholders.ts';
import { buildNow } from '../releases/life/schedule.ts';
import { readLastChanges } from '../translation-status/last-change.ts';
import { translationStatus } from '../translation-status/translation-status.ts';
import { scheduledSlugs } from './scheduled-slugs.ts';

/**
 * What the form's list of releases says beside each one whose translation needs work, in each
 * editor's language: `notes('en')` is `{ 'some-slug': 'Not yet in English' }`. Read from the content
 * folder and its git history when the site is built (or, under `npm run cms`, when the form is
 * opened), as `npm run translation:status` reads them, once for every language. Scheduled releases
 * are left out: /admin/'s files are public.
 */
export function translationNotes(contentDir: string): (locale: Locale) => Record<string, string> {
  const { lastChange } = readLastChanges(contentDir);
  const files = releaseFilesOf(listContentFolder(contentDir).files);
  const scheduled = scheduledSlugs(files, buildNow());
  const status = translationStatus(
    files.filter((file) => !scheduled.has(file.slug)),
    (file) => lastChange(resolve(contentDir, file.path)),
  );
  return (locale) => {
    const text = formText(locale).translation;
    return Object.fromEntries([
      ...status.untranslated.map(({ slug, missing }) => [slug, fillPlaceholders(text.missing, { languages: onlyIn(locale, missing) })]),
      ...status.changedAfterTranslation.map(({ slug, changed, translation }) => [
        slug,
        fillPlaceholders(text.olderTranslation, {
          translation: localeToName(translation.locale, locale),
          changed: localeToName(changed.locale, locale),
        }),
      ]),
    ]);
  };
}
