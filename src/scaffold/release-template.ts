import { localeToRecord, type Locale } from '../i18n/locales.ts';
import { organisationIds, releaseTypes, topicIds, type OrganisationId, type ReleaseType, type TopicId } from '../releases/vocabulary.ts';

/** What the scaffolder knows about a new release file. */
export interface NewRelease {
  locale: Locale;
  slug: string;
  title: string;
  /** As the editor writes it: `2024-01-31`, `2024-01` or `2024`. */
  date: string;
  type: ReleaseType;
  organisation: OrganisationId;
  topics: TopicId[];
  /** For a translation: the file it translates, whose shared fields were copied. */
  translationOf?: { displayPath: string; photoFiles: string[] };
}

/** A YAML double-quoted string: JSON's escaping is valid YAML, so quotes and colons in a title are safe. */
const quoted = (text: string) => JSON.stringify(text);

/** The text of a new release file: a frontmatter with a comment on every field, then a body to replace. */
export function releaseFileText(release: NewRelease): string {
  const translation = release.translationOf;
  const lines = [
    '---',
    ...(translation
      ? [
          `# Translation of ${translation.displayPath}: same slug (file name), so the two are one release.`,
          '# date, type, organisation and topics were copied from it and must stay the same in both files.',
        ]
      : []),
    '# The headline, as published. Keep the double quotes.',
    `title: ${quoted(release.title)}`,
    '# Optional: the one-sentence summary under the headline. Remove the # to use it.',
    '# standfirst: "…"',
    '# "YYYY-MM-DD"; or "YYYY-MM" / "YYYY" when only the month or year is known.',
    `date: ${quoted(release.date)}`,
    `# One of: ${releaseTypes.join(', ')}.`,
    `type: ${release.type}`,
    `# One of: ${organisationIds.join(', ')}.`,
    `organisation: ${release.organisation}`,
    '# Optional: where the release was issued, printed before the first paragraph.',
    `# dateline: "${localeToRecord(release.locale).datelineExample}"`,
    `# Any of: ${topicIds.join(', ')}.`,
    `topics: [${release.topics.join(', ')}]`,
    '# Optional: documents listed under the release (see the contributor guide).',
    '# related:',
    '#   - title: "…"',
    '#     url: "https://…"',
    ...(translation && translation.photoFiles.length > 0
      ? [
          '# The original has photos: copy its "photos:" block and translate each alt and caption.',
          ...translation.photoFiles.map((file) => `#   file: ${quoted(file)}`),
        ]
      : []),
    '---',
    '',
    translation
      ? `Translate the text of ${translation.displayPath} here, one paragraph per block, separated by an empty line.`
      : 'Write the release here, one paragraph per block, separated by an empty line.',
    '',
  ];
  return lines.join('\n');
}
