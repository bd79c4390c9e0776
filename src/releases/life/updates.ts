import type { Locale } from '../../i18n/locales.ts';
import { languagesOf, type LocalizedEntry, type Release } from '../pairing.ts';
import { compareNewestFirst, type PartialDate } from '../partial-date.ts';
import type { Withdrawal } from './withdrawal.ts';

/** One recorded change: a public one has a note; a minor one (spelling, layout) has none. */
export interface Update {
  date: PartialDate;
  note?: string | undefined;
  minor: boolean;
}

interface UpdatedEntry extends LocalizedEntry {
  data: { updates: readonly Update[]; withdrawn?: Withdrawal | undefined };
}

/** The changes readers are told of, newest first (the order written in the file does not matter). */
export function publicUpdates(data: UpdatedEntry['data']): (Update & { note: string })[] {
  return data.updates
    .filter((update): update is Update & { note: string } => !update.minor && update.note !== undefined)
    .sort((a, b) => compareNewestFirst(a.date, b.date));
}

/** The last day the page changed, minor changes and a withdrawal included: `dateModified` and the sitemap's `lastmod`. */
export function lastModified(data: UpdatedEntry['data']): PartialDate | undefined {
  const days = [...data.updates.map((update) => update.date), ...(data.withdrawn ? [data.withdrawn.date] : [])];
  return days.sort(compareNewestFirst)[0];
}

/**
 * The versions of a release that record more public changes than the one in `locale`, with the day
 * of their latest: each language records every correction (the translation's own note when it
 * catches up), so a version with fewer is behind. A minor change never makes another version
 * behind. Only recorded updates count, so the same files always give the same notice.
 */
export function newerVersions<Entry extends UpdatedEntry>(
  release: Release<Entry>,
  locale: Locale,
): { locale: Locale; date: PartialDate }[] {
  const changes = (other: Locale) => {
    const entry = release.versions[other];
    return entry ? publicUpdates(entry.data) : [];
  };
  const own = changes(locale).length;
  return languagesOf(release).flatMap((other) => {
    const [latest] = changes(other);
    return other !== locale && latest && changes(other).length > own ? [{ locale: other, date: latest.date }] : [];
  });
}
