import { checkFrontmatterFields } from '../content-checks/frontmatter-fields.ts';
import { parseRelease } from '../content-checks/parse-release.ts';
import type { ReleaseFile } from '../content-checks/source-file.ts';
import { decodeReleaseText } from '../content-checks/text-encoding.ts';
import { partialDateToIso } from '../releases/partial-date.ts';
import type { OrganisationId, ReleaseType, TopicId } from '../releases/vocabulary.ts';

/** What a translation copies from the release it translates. */
export interface SharedFields {
  date: string;
  type: ReleaseType;
  organisation: OrganisationId;
  topics: TopicId[];
  photoFiles: string[];
}

/**
 * Reads the fields a pair shares from an existing release file. Throws with the content check's
 * own messages when that file is broken: a translation must not copy a mistake.
 */
export function readSharedFields(file: ReleaseFile): SharedFields {
  const text = decodeReleaseText(file);
  if (typeof text !== 'string') throw new Error(`${file.displayPath}: ${text.message}`);
  const parsed = parseRelease(file, text);
  if (Array.isArray(parsed)) throw new Error(parsed.map((problem) => `${problem.file}:${problem.line}: ${problem.message}`).join('\n'));
  const { data, problems } = checkFrontmatterFields(parsed);
  if (!data)
    throw new Error(
      `${file.displayPath} has problems; fix them first (npm run content:check):\n${problems.map((problem) => `  ${problem.field}: ${problem.message}`).join('\n')}`,
    );
  const photoFiles = data.photos.flatMap((photo) => {
    // Without a build, `file` is the path the editor wrote.
    const path: unknown = photo.file;
    return typeof path === 'string' ? [path] : [];
  });
  return { date: partialDateToIso(data.date), type: data.type, organisation: data.organisation, topics: data.topics, photoFiles };
}
