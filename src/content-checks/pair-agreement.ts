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
 * The English and French files of one release must agree on date, type, organisation and
 * topics. Each field is compared as soon as it is valid in both files, even when other fields
 * still have problems, and each disagreement is reported once, on the French file, naming the English one.
 */
export function checkPairAgreement(releases: readonly PairedFile[]): ContentProblem[] {
  const english = new Map(releases.filter((release) => release.file.locale === 'en').map((release) => [release.file.slug, release]));
  const problems: ContentProblem[] = [];
  for (const french of releases.filter((release) => release.file.locale === 'fr')) {
    const counterpart = english.get(french.file.slug);
    if (!counterpart) continue;
    for (const field of sharedFields) {
      const frenchValue = readShared(field, french.text.data);
      const englishValue = readShared(field, counterpart.text.data);
      if (frenchValue === undefined || englishValue === undefined || frenchValue === englishValue) continue;
      const englishLine = counterpart.text.lineOf([field]);
      const problem: ContentProblem = {
        file: french.file.displayPath,
        field,
        message: `the two languages of this release disagree on "${field}": ${frenchValue} here, ${englishValue} in ${counterpart.file.displayPath}${
          englishLine === undefined ? '' : ` (line ${englishLine})`
        }. A release and its translation share their ${field}: correct whichever file is wrong.`,
      };
      const line = french.text.lineOf([field]);
      problems.push(line === undefined ? problem : { ...problem, line });
    }
  }
  return problems;
}
