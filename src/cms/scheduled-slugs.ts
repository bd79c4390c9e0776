import { parseMoment, partialDateToInstant } from '../releases/life/publish-moment.ts';
import { parsePartialDate } from '../releases/partial-date.ts';

/** A release file's slug and its frontmatter's values, as the build or the form's notes read them. */
export interface ReleaseData {
  slug: string;
  data: Record<string, unknown>;
}

/**
 * The slugs of releases still scheduled at `now`: the form's public configuration must not name
 * them, since anyone can read /admin/'s files and an embargo covers the address too. A date the
 * build could not read is left to the content check, which stops the build.
 */
export function scheduledSlugs(releases: readonly ReleaseData[], now: number): Set<string> {
  const moments = new Map<string, number>();
  for (const { slug, data } of releases) {
    const date = parsePartialDate(data['date']);
    const publishAt = data['publishAt'] === undefined ? undefined : parseMoment(data['publishAt']);
    if (typeof date === 'string' || typeof publishAt === 'string') continue;
    // Every version appears at the latest moment of the pair (src/releases/life/schedule.ts).
    const moment = publishAt?.instant ?? partialDateToInstant(date);
    moments.set(slug, Math.max(moments.get(slug) ?? -Infinity, moment));
  }
  return new Set([...moments].filter(([, moment]) => moment > now).map(([slug]) => slug));
}
