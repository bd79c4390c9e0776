import { locales } from '../i18n/locales.ts';
import { partialDateToIso } from '../releases/partial-date.ts';
import { releaseFieldSchemas } from './frontmatter-fields.ts';
import type { ContentProblem } from '../content-reader/content-problem.ts';
import type { ReleaseText } from '../content-reader/read-frontmatter.ts';

/** Reads one field the two languages share, as comparable text; undefined when the field itself is invalid (reported elsewhere). */
function readShared(field: SharedField, frontmatter: Record<string, unknown>): string | undefined {
  const value = frontmatter[field];
  switch (field) {
    case 'date': {
      const parsed = releaseFieldSchemas.date.safeParse(value);
      return parsed.success ? partialDateToIso(parsed.data) : undefined;
    }
    case 'topics': {
      // Order is presentation; the set of topics is what must match.
      const parsed = releaseFieldSchemas.topics.safeParse(value);
      return parsed.success ? [...parsed.data].sort().join(', ') || '(none)' : undefined;
    }
    default: {
      const parsed = releaseFieldSchemas[field].safeParse(value);
      return parsed.success ? parsed.data : undefined;
    }
  }
}

/** The fields that describe the release itself rather than its words, so both languages must say the same. */
const sharedFields = ['date', 'type', 'organisation', 'topics'] as const;
type SharedField = (typeof sharedFields)[number];

/** A release file as the pair check needs it: where it is, and its frontmatter as the build reads it. */
export interface PairedFile {
  file: { locale: string; slug: string; displayPath: string };
  text: Pick<ReleaseText, 'data' | 'lineOf'>;
}

/**
 * The language files of one release must agree on date, type, organisation and topics. Each
 * field is compared as soon as it is valid in both files, even when other fields still have
 * problems, and each disagreement is reported once, on the translation, naming the file in the
 * earliest of the site's languages (the primary one when the release has it).
 */
export function checkPairAgreement(releases: readonly PairedFile[]): ContentProblem[] {
  // The original is the file in the earliest of the site's languages: the primary one when it exists.
  const originals = new Map<string, PairedFile>();
  for (const locale of locales) {
    for (const release of releases)
      if (release.file.locale === locale && !originals.has(release.file.slug)) originals.set(release.file.slug, release);
  }
  const problems: ContentProblem[] = [];
  for (const translation of releases.filter((release) => originals.get(release.file.slug) !== release)) {
    const counterpart = originals.get(translation.file.slug);
    if (!counterpart) continue;
    for (const field of sharedFields) {
      const translationValue = readShared(field, translation.text.data);
      const originalValue = readShared(field, counterpart.text.data);
      if (translationValue === undefined || originalValue === undefined || translationValue === originalValue) continue;
      const originalLine = counterpart.text.lineOf([field]);
      const problem: ContentProblem = {
        file: translation.file.displayPath,
        field,
        message: `the two languages of this release disagree on "${field}": ${translationValue} here, ${originalValue} in ${counterpart.file.displayPath}${
          originalLine === undefined ? '' : ` (line ${originalLine})`
        }. A release and its translation share their ${field}: correct whichever file is wrong.`,
      };
      const line = translation.text.lineOf([field]);
      problems.push(line === undefined ? problem : { ...problem, line });
    }
  }
  return problems;
}
