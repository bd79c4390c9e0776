import { locales, otherLocale, type Locale } from '../i18n/locales.ts';

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
  bothLanguages: number;
  onlyIn: Record<Locale, number>;
  /** Releases in one language only: normal, listed so translators can pick them up. */
  untranslated: { slug: string; file: File; missing: Locale }[];
  /** Pairs where one file changed after the other: the translation may be out of date. */
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
    bothLanguages: 0,
    onlyIn: { en: 0, fr: 0 },
    untranslated: [],
    changedAfterTranslation: [],
  };
  for (const [slug, versions] of [...bySlug].sort(([a], [b]) => a.localeCompare(b))) {
    const [english, french] = locales.map((locale) => versions.find((file) => file.locale === locale));
    if (!english || !french) {
      const file = english ?? french;
      if (!file) continue;
      status.onlyIn[file.locale]++;
      status.untranslated.push({ slug, file, missing: otherLocale(file.locale) });
      continue;
    }
    status.bothLanguages++;
    const [englishChange, frenchChange] = [lastChange(english), lastChange(french)];
    const difference = englishChange.time.getTime() - frenchChange.time.getTime();
    if (Math.abs(difference) <= sameEditWindowMs) continue;
    status.changedAfterTranslation.push(
      difference > 0
        ? { slug, changed: english, changedAt: englishChange, translation: french, translatedAt: frenchChange }
        : { slug, changed: french, changedAt: frenchChange, translation: english, translatedAt: englishChange },
    );
  }
  return status;
}
