import { releaseEntries, type LocalizedEntry, type Release } from '../pairing.ts';
import type { PartialDate } from '../partial-date.ts';
import { parseMoment, partialDateToInstant, type WrittenMoment } from './publish-moment.ts';

/** What deciding whether a release is out yet needs of a file. */
export interface TimedEntry extends LocalizedEntry {
  data: { date: PartialDate; publishAt?: WrittenMoment | undefined };
}

/** The environment variable that fixes the build's "now", for tests and reproducible builds. */
export const nowVariable = 'NEWSROOM_NOW';

/**
 * The build's "now": `NEWSROOM_NOW` (a moment with its time zone, such as 2025-03-01T09:00+01:00)
 * when set, so a build can be repeated exactly; the clock otherwise. A value that is not a moment
 * stops the build rather than publish by the clock.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): number {
  const value = env[nowVariable];
  if (value === undefined || value === '') return Date.now();
  const moment = parseMoment(value);
  if (typeof moment === 'string') throw new Error(`${nowVariable} ${moment}.`);
  return moment.instant;
}

/** When one file's release appears: its `publishAt`, else the start of its date in the publishing zone. */
export function entryToMoment(entry: TimedEntry): number {
  return entry.data.publishAt?.instant ?? partialDateToInstant(entry.data.date);
}

/** When a release appears: the latest moment of its versions, so every language appears together. */
export function releaseToMoment(release: Release<TimedEntry>): number {
  return Math.max(...releaseEntries(release).map(entryToMoment));
}

/** A release whose moment lies after `now` is scheduled: it is in no output of the build. */
export function isScheduled(release: Release<TimedEntry>, now: number): boolean {
  return releaseToMoment(release) > now;
}

/** The releases a build at `now` publishes: the one place scheduled releases are left out, so no page can forget. */
export function publishedReleases<Entry extends TimedEntry>(releases: readonly Release<Entry>[], now: number): Release<Entry>[] {
  return releases.filter((release) => !isScheduled(release, now));
}
