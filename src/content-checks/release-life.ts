import type { ContentProblem } from '../content-reader/content-problem.ts';
import type { ReleaseFile } from '../content-reader/source-file.ts';
import { locales } from '../i18n/locales.ts';
import { nextReference } from '../releases/life/reference.ts';
import { buildNow, entryToMoment } from '../releases/life/schedule.ts';
import { partialDateToIso } from '../releases/partial-date.ts';
import type { ReleaseData } from './frontmatter-fields.ts';

/** A release file whose frontmatter is valid, as the life checks need it. */
export interface LifeFile {
  file: ReleaseFile;
  data: ReleaseData;
  lineOf: (path: readonly (string | number)[]) => number | undefined;
}

/** What the check tells an editor without refusing anything: a release is scheduled, or has no reference yet. */
const momentFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** A problem on a field's line, when the field has one. */
function atField(version: LifeFile, field: string, message: string): ContentProblem {
  const line = version.lineOf([field]);
  return { file: version.file.displayPath, field, message, ...(line === undefined ? {} : { line }) };
}

/** The values each version of a release must share for its life to be one: a reference, a moment, a withdrawal. */
const sharedLife: { field: string; read: (data: ReleaseData) => string }[] = [
  { field: 'reference', read: (data) => data.reference ?? '(none)' },
  { field: 'publishAt', read: (data) => (data.publishAt ? new Date(data.publishAt.instant).toISOString() : '(none)') },
  {
    field: 'withdrawn',
    read: (data) =>
      data.withdrawn ? `withdrawn on ${partialDateToIso(data.withdrawn.date)}, keepText: ${data.withdrawn.keepText}` : 'not withdrawn',
  },
];

/**
 * The checks across files of a release's life: its versions agree on reference, moment and
 * withdrawal; no two releases share a reference; a publishAt falls on the release's date. A
 * scheduled release and a release without a reference are notices, not refusals.
 */
export function checkReleaseLife(files: readonly LifeFile[], now = buildNow()): { problems: ContentProblem[]; notices: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const notices: ContentProblem[] = [];
  const unreferenced: { file: string; year: number }[] = [];
  const usedReferences = files.flatMap(({ data }) => data.reference ?? []);
  const bySlug = Map.groupBy(files, ({ file }) => file.slug);
  const slugsByReference = Map.groupBy(
    [...bySlug].flatMap(([slug, versions]) =>
      versions.flatMap(({ data }) => (data.reference ? [{ slug, reference: data.reference }] : [])),
    ),
    ({ reference }) => reference,
  );
  for (const [slug, unordered] of bySlug) {
    const versions = locales.flatMap((locale) => unordered.filter(({ file }) => file.locale === locale));
    const [original] = versions;
    if (!original) continue;
    for (const translation of versions.slice(1)) {
      for (const { field, read } of sharedLife) {
        if (read(translation.data) === read(original.data)) continue;
        problems.push(
          atField(
            translation,
            field,
            `the languages of this release disagree on "${field}": ${read(translation.data)} here, ${read(original.data)} in ${original.file.displayPath}. Every version shares it: correct whichever file is wrong.`,
          ),
        );
      }
    }
    for (const version of versions) {
      const { file, data } = version;
      if (data.publishAt && data.date.precision === 'day' && data.publishAt.day !== partialDateToIso(data.date))
        problems.push(
          atField(
            version,
            'publishAt',
            `falls on ${data.publishAt.day}, but the release is dated ${partialDateToIso(data.date)}: give both the same day.`,
          ),
        );
      const reference = data.reference;
      const others = reference
        ? [...new Set(slugsByReference.get(reference)!.map((use) => use.slug))].filter((other) => other !== slug)
        : [];
      if (reference && others.length > 0)
        problems.push(
          atField(
            version,
            'reference',
            `${reference} is also the reference of ${others.join(', ')}: each release has its own. The next free one is ${nextReference(usedReferences, data.date.year)}.`,
          ),
        );
      if (!reference) unreferenced.push({ file: file.displayPath, year: data.date.year });
    }
    const moment = Math.max(...versions.map(({ data }) => entryToMoment({ id: '', data })));
    if (moment > now)
      notices.push({
        file: versions.map(({ file }) => file.displayPath).join(', '),
        message: `scheduled for ${momentFormat.format(moment)} (Paris time): it appears with the first build after that moment.`,
      });
  }
  // An archive imported without references would otherwise print one line per file.
  if (unreferenced.length <= 5)
    for (const { file, year } of unreferenced)
      notices.push({
        file,
        message: `has no reference: add "reference: ${nextReference(usedReferences, year)}" (the next free one) to every language of the release.`,
      });
  else
    notices.push({
      file: `${unreferenced[0]!.file} and ${unreferenced.length - 1} other files`,
      message: `have no reference: give each release one, the next free number of its year ("npm run new" does so for new releases).`,
    });
  return { problems, notices };
}
