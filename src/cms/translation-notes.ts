import { relative, resolve, sep } from 'node:path';
import { releaseFilesOf } from '../content-reader/file-names.ts';
import { listContentFolder } from '../content-reader/list-content-folder.ts';
import { readReleaseText } from '../content-reader/read-frontmatter.ts';
import { keptReadings } from '../content-reader/reading-registry.ts';
import { formText } from '../i18n/cms-form/index.ts';
import { localeToName, onlyIn } from '../i18n/language-names.ts';
import type { Locale } from '../i18n/locales.ts';
import { fillPlaceholders } from '../i18n/placeholders.ts';
import { buildNow } from '../releases/life/schedule.ts';
import { readLastChanges } from '../translation-status/last-change.ts';
import { translationStatus } from '../translation-status/translation-status.ts';
import { scheduledSlugs, type ReleaseData } from './scheduled-slugs.ts';

/** A release file as the notes read it: where it is, its language and slug, and its frontmatter's values. */
export interface NotedRelease extends ReleaseData {
  /** Relative to the content folder: `en/my-release.md`. */
  path: string;
  displayPath: string;
  locale: Locale;
}

/**
 * The release files of a content folder, read from disk: under `npm run cms` and `astro dev`, where
 * no build has read them. A file whose frontmatter cannot be read still counts for the translation
 * status, with no values (the content check says what is wrong with it).
 */
export function releasesInFolder(contentDir: string): NotedRelease[] {
  return releaseFilesOf(listContentFolder(contentDir).files).map(({ path, displayPath, locale, slug, bytes }) => {
    const reading = readReleaseText(displayPath, new TextDecoder().decode(bytes));
    return { path, displayPath, locale, slug, data: Array.isArray(reading) ? {} : reading.data };
  });
}

/**
 * The release files the build has read (src/content-reader/reading-registry.ts), so the notes read
 * none again: every build's content check reads each one before any page is written.
 */
export function releasesReadByBuild(contentDir: string): NotedRelease[] {
  const folder = resolve(contentDir);
  const read = keptReadings()
    .map(({ path, data }) => ({ path: relative(folder, path).split(sep).join('/'), displayPath: relative(process.cwd(), path), data }))
    .filter(({ path }) => !path.startsWith('../'));
  return releaseFilesOf(read).map(({ path, displayPath, locale, slug, data }) => ({ path, displayPath, locale, slug, data }));
}

/**
 * What the form's list of releases says beside each one whose translation needs work, in each
 * editor's language: `notes('en')` is `{ 'some-slug': 'Not yet in English' }`. Made from the
 * content's release files and the folder's git history when the site is built (or, under
 * `npm run cms`, when the form is opened), as `npm run translation:status` reads them, once for
 * every language. Scheduled releases are left out: /admin/'s files are public.
 */
export function translationNotes(contentDir: string, releases: readonly NotedRelease[]): (locale: Locale) => Record<string, string> {
  const { lastChange } = readLastChanges(contentDir);
  const scheduled = scheduledSlugs(releases, buildNow());
  const status = translationStatus(
    releases.filter((release) => !scheduled.has(release.slug)),
    (release) => lastChange(resolve(contentDir, release.path)),
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
