import { decodeReleaseText } from '../content-reader/decode-text.ts';
import { readReleaseText } from '../content-reader/read-frontmatter.ts';
import type { ReleaseFile } from '../content-reader/source-file.ts';
import { releaseFieldSchemas } from '../content-checks/frontmatter-fields.ts';
import { entryToMoment } from '../releases/life/schedule.ts';

/** A release not yet out at `now`: when it appears (the latest moment of its versions) and its files. */
export interface ScheduledRelease {
  slug: string;
  moment: number;
  files: string[];
}

/** The moment one file asks for; undefined when its date or publishAt cannot be read (the content check explains why). */
function fileToMoment(file: ReleaseFile): number | undefined {
  const decoded = decodeReleaseText(file);
  const text = typeof decoded === 'string' ? readReleaseText(file.displayPath, decoded) : decoded;
  if (Array.isArray(text)) return undefined;
  const date = releaseFieldSchemas.date.safeParse(text.data['date']);
  const publishAt = releaseFieldSchemas.publishAt.safeParse(text.data['publishAt']);
  return date.success && publishAt.success
    ? entryToMoment({ id: file.path, data: { date: date.data, publishAt: publishAt.data } })
    : undefined;
}

/** The releases a build at `now` would leave out, soonest first. */
export function scheduledReleases(files: readonly ReleaseFile[], now: number): ScheduledRelease[] {
  const bySlug = Map.groupBy(files, (file) => file.slug);
  return [...bySlug]
    .flatMap(([slug, versions]) => {
      const moments = versions.map(fileToMoment).filter((moment) => moment !== undefined);
      const moment = Math.max(...moments);
      return moments.length > 0 && moment > now ? [{ slug, moment, files: versions.map((file) => file.displayPath) }] : [];
    })
    .sort((a, b) => a.moment - b.moment || a.slug.localeCompare(b.slug));
}

const parisTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Paris' });

/** The scheduled releases as Markdown, for the same pull request comment as the translation status. */
export function scheduledToMarkdown(scheduled: readonly ScheduledRelease[]): string {
  if (scheduled.length === 0) return '### Scheduled\n\nNo release is scheduled: every release file is published by the next build.';
  return [
    `### Scheduled (${scheduled.length})`,
    '',
    'Each appears, in every language at once, with the first hourly build after its moment.',
    '',
    '| Release | Appears (Paris time) | Files |',
    '| --- | --- | --- |',
    ...scheduled.map(
      ({ slug, moment, files }) => `| \`${slug}\` | ${parisTime.format(moment)} | ${files.map((file) => `\`${file}\``).join(', ')} |`,
    ),
  ].join('\n');
}
