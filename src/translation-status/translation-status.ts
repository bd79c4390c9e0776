import { locales, type Locale } from '../i18n/locales.ts';

export interface StatusFile {
  locale: Locale;
  slug: string;
  displayPath: string;
}

/** When a file last changed, and how that is known. */
export interface LastChange {
  time: Date;
  /** `git`: the last commit that touched the file; `file`: the file's modification time (no history, or uncommitted edits). */
  source: 'git' | 'file';
}

export interface TranslationStatus<File extends StatusFile = StatusFile> {
  releaseCount: number;
  /** Releases in every language of the site. */
  everyLanguage: number;
  onlyIn: Record<Locale, number>;
  /** Releases missing in some languages: normal, listed so translators can pick them up. */
  untranslated: { slug: string; file: File; missing: Locale[] }[];
  /** Releases where one file changed after another: a translation may be out of date (the newest against the oldest). */
  changedAfterTranslation: { slug: string; changed: File; changedAt: LastChange; translation: File; translatedAt: LastChange }[];
}

/** Changes closer than this are one edit (a pair committed together, or files written by one checkout). */
const sameEditWindowMs = 60_000;

/** Sorts releases into translated, untranslated and possibly out of date, from their files and change times. */
export function translationStatus<File extends StatusFile>(
  files: readonly File[],
  lastChange: (file: File) => LastChange,
): TranslationStatus<File> {
  const bySlug = Map.groupBy(files, (file) => file.slug);
  const status: TranslationStatus<File> = {
    releaseCount: bySlug.size,
    everyLanguage: 0,
    onlyIn: Object.fromEntries(locales.map((locale) => [locale, 0])),
    untranslated: [],
    changedAfterTranslation: [],
  };
  for (const [slug, versions] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
    const present = locales.flatMap((locale) => versions.filter((file) => file.locale === locale));
    const missing = locales.filter((locale) => !present.some((file) => file.locale === locale));
    const [first] = present;
    if (!first) continue;
    if (present.length === 1) status.onlyIn[first.locale] = (status.onlyIn[first.locale] ?? 0) + 1;
    if (missing.length > 0) status.untranslated.push({ slug, file: first, missing });
    else status.everyLanguage++;
    if (present.length < 2) continue;
    const changes = present
      .map((file) => ({ file, change: lastChange(file) }))
      .sort((a, b) => b.change.time.getTime() - a.change.time.getTime());
    const newest = changes[0]!;
    const oldest = changes.at(-1)!;
    if (newest.change.time.getTime() - oldest.change.time.getTime() <= sameEditWindowMs) continue;
    status.changedAfterTranslation.push({
      slug,
      changed: newest.file,
      changedAt: newest.change,
      translation: oldest.file,
      translatedAt: oldest.change,
    });
  }
  return status;
}
