import { partialDateToIso } from '../releases/partial-date.ts';
import { releaseFieldSchemas } from './frontmatter-fields.ts';
import type { ParsedRelease } from './parse-release.ts';
import type { ContentProblem } from './problem.ts';

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

function fieldLine(release: ParsedRelease, field: string): number | undefined {
  const node = release.frontmatter.get(field, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? release.frontmatterLine(node.range[0]) : undefined;
}

function frontmatterObject(release: ParsedRelease): Record<string, unknown> {
  const value: unknown = release.frontmatter.toJS();
  return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
}

/**
 * The English and French files of one release must agree on date, type, organisation and
 * topics. Each field is compared as soon as it is valid in both files, even when other fields
 * still have problems, and each disagreement is reported once, on the French file, naming the English one.
 */
export function checkPairAgreement(releases: readonly ParsedRelease[]): ContentProblem[] {
  const english = new Map(releases.filter((release) => release.file.locale === 'en').map((release) => [release.file.slug, release]));
  const problems: ContentProblem[] = [];
  for (const french of releases.filter((release) => release.file.locale === 'fr')) {
    const counterpart = english.get(french.file.slug);
    if (!counterpart) continue;
    for (const field of sharedFields) {
      const frenchValue = readShared(field, frontmatterObject(french));
      const englishValue = readShared(field, frontmatterObject(counterpart));
      if (frenchValue === undefined || englishValue === undefined || frenchValue === englishValue) continue;
      const englishLine = fieldLine(counterpart, field);
      const problem: ContentProblem = {
        file: french.file.displayPath,
        field,
        message: `the two languages of this release disagree on "${field}": ${frenchValue} here, ${englishValue} in ${counterpart.file.displayPath}${
          englishLine === undefined ? '' : ` (line ${englishLine})`
        }. A release and its translation share their ${field}: correct whichever file is wrong.`,
      };
      const line = fieldLine(french, field);
      problems.push(line === undefined ? problem : { ...problem, line });
    }
  }
  return problems;
}
