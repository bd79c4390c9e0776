import type { ReleaseFile } from '../content-reader/source-file.ts';
import { readReleaseText } from '../content-reader/read-frontmatter.ts';
import { parseMoment, partialDateToInstant } from '../releases/life/publish-moment.ts';
import { parsePartialDate } from '../releases/partial-date.ts';

/**
 * The slugs of releases still scheduled at `now`: the form's public configuration must not name
 * them, since anyone can read /admin/'s files and an embargo covers the address too. A file the
 * build could not read is left to the content check, which stops the build.
 */
export function scheduledSlugs(files: readonly ReleaseFile[], now: number): Set<string> {
  const moments = new Map<string, number>();
  for (const file of files) {
    const reading = readReleaseText(file.displayPath, new TextDecoder().decode(file.bytes));
    if (Array.isArray(reading)) continue;
    const date = parsePartialDate(reading.data['date']);
    const publishAt = reading.data['publishAt'] === undefined ? undefined : parseMoment(reading.data['publishAt']);
    if (typeof date === 'string' || typeof publishAt === 'string') continue;
    // Every version appears at the latest moment of the pair (src/releases/life/schedule.ts).
    const moment = publishAt?.instant ?? partialDateToInstant(date);
    moments.set(file.slug, Math.max(moments.get(file.slug) ?? -Infinity, moment));
  }
  return new Set([...moments].filter(([, moment]) => moment > now).map(([slug]) => slug));
}
