import { problemToText } from '../content-reader/content-problem.ts';
import { decodeReleaseText } from '../content-reader/decode-text.ts';
import { readReleaseText } from '../content-reader/read-frontmatter.ts';
import type { ReleaseFile } from '../content-reader/source-file.ts';
import { partialDateToIso } from '../releases/partial-date.ts';
import { imagePathOnly, releaseSchema } from '../releases/schema.ts';
import type { OrganisationId, ReleaseType, TopicId } from '../releases/vocabulary.ts';

/** What a translation copies from the release it translates. */
export interface SharedFields {
  date: string;
  type: ReleaseType;
  organisation: OrganisationId;
  topics: TopicId[];
  /** The release's reference and scheduled moment, as written: every version shares them. */
  reference: string | undefined;
  publishAt: string | undefined;
  photoFiles: string[];
}

const schema = releaseSchema({ image: imagePathOnly });

/**
 * Reads the fields a pair shares from an existing release file, as the build reads them. Throws
 * when that file cannot be read or its frontmatter is not valid: a translation must not copy a
 * mistake, and `npm run content:check` explains it.
 */
export function readSharedFields(file: ReleaseFile): SharedFields {
  const decoded = decodeReleaseText(file);
  const text = typeof decoded === 'string' ? readReleaseText(file.displayPath, decoded) : decoded;
  if (Array.isArray(text)) throw new Error(text.map(problemToText).join('\n'));
  const parsed = schema.safeParse(text.data);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.')))].join(', ');
    throw new Error(`${file.displayPath} has problems in ${fields}; fix them first (npm run content:check explains each).`);
  }
  const data = parsed.data;
  const photoFiles = data.photos.flatMap((photo) => {
    // Without a build, `file` is the path the editor wrote.
    const path: unknown = photo.file;
    return typeof path === 'string' ? [path] : [];
  });
  const publishAt: unknown = text.data['publishAt'];
  return {
    date: partialDateToIso(data.date),
    type: data.type,
    organisation: data.organisation,
    topics: data.topics,
    reference: data.reference,
    publishAt: publishAt instanceof Date ? publishAt.toISOString() : typeof publishAt === 'string' ? publishAt.trim() : undefined,
    photoFiles,
  };
}
