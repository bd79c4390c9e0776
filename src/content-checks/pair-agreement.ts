import { partialDateToIso } from '../releases/partial-date.ts';
import type { ReleaseData } from './frontmatter-fields.ts';
import type { ParsedRelease } from './parse-release.ts';
import type { ContentProblem } from './problem.ts';

export interface CheckedRelease {
  parsed: ParsedRelease;
  data: ReleaseData;
}

/** The fields that describe the release itself rather than its words, so both languages must say the same. */
const sharedFields = {
  date: (data: ReleaseData) => partialDateToIso(data.date),
  type: (data: ReleaseData) => data.type,
  organisation: (data: ReleaseData) => data.organisation,
  // Order is presentation; the set of topics is what must match.
  topics: (data: ReleaseData) => [...data.topics].sort().join(', ') || '(none)',
} as const;

function fieldLine(release: ParsedRelease, field: string): number | undefined {
  const node = release.frontmatter.get(field, true) as { range?: [number, number, number] } | undefined;
  return node?.range ? release.frontmatterLine(node.range[0]) : undefined;
}

/**
 * The English and French files of one release must agree on date, type, organisation and
 * topics. Each disagreement is reported once, on the French file, naming the English one.
 */
export function checkPairAgreement(releases: readonly CheckedRelease[]): ContentProblem[] {
  const english = new Map(releases.filter((release) => release.parsed.file.locale === 'en').map((release) => [release.parsed.file.slug, release]));
  const problems: ContentProblem[] = [];
  for (const french of releases.filter((release) => release.parsed.file.locale === 'fr')) {
    const counterpart = english.get(french.parsed.file.slug);
    if (!counterpart) continue;
    for (const [field, read] of Object.entries(sharedFields)) {
      const frenchValue = read(french.data);
      const englishValue = read(counterpart.data);
      if (frenchValue === englishValue) continue;
      const englishLine = fieldLine(counterpart.parsed, field);
      const problem: ContentProblem = {
        file: french.parsed.file.displayPath,
        field,
        message: `the two languages of this release disagree on "${field}": ${frenchValue} here, ${englishValue} in ${counterpart.parsed.file.displayPath}${
          englishLine === undefined ? '' : ` (line ${englishLine})`
        }. A release and its translation share their ${field}: correct whichever file is wrong.`,
      };
      const line = fieldLine(french.parsed, field);
      problems.push(line === undefined ? problem : { ...problem, line });
    }
  }
  return problems;
}
