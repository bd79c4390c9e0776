import type { PartialDate } from '../partial-date.ts';

/**
 * The zone a date without a time is read in: a release dated "2025-03-01" appears at midnight,
 * Paris time, the start of that day where the press office works (the guides say so).
 */
export const publishingTimeZone = 'Europe/Paris';

/** `2025-03-01T09:00+01:00`, `2025-03-01T09:00:30Z`: a moment with its offset, as editors write it. */
const momentPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2})$/;

/** A moment read from `publishAt`: the instant, and the calendar day as written (which must match the release's date). */
export interface WrittenMoment {
  instant: number;
  day: string;
}

/**
 * Reads `publishAt`. YAML reads a moment written with seconds as a date of its own: accepted,
 * as the instant is the same (its day is then the UTC day). Returns an error message otherwise.
 */
export function parseMoment(value: unknown): WrittenMoment | string {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return 'is not a valid moment';
    return { instant: value.getTime(), day: value.toISOString().slice(0, 10) };
  }
  if (typeof value !== 'string') return 'must be a moment written "YYYY-MM-DDTHH:MM+01:00" (a date, a time and its time zone)';
  const match = momentPattern.exec(value.trim());
  if (!match)
    return `"${value}" is not written "YYYY-MM-DDTHH:MM" followed by its time zone ("+01:00", "+02:00" or "Z"), such as "2025-03-01T09:00+01:00"`;
  const [, year, month, day, hour, minute, second = '00', zone] = match;
  const instant = Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}${zone}`);
  const utc = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
  // Date.parse rolls 31 April over to 1 May and 25:00 to the next day: such a moment does not exist.
  if (Number.isNaN(instant) || utc.getUTCMonth() !== Number(month) - 1 || utc.getUTCHours() !== Number(hour) || Number(minute) > 59)
    return `"${value}" is not a real date and time`;
  return { instant, day: `${year}-${month}-${day}` };
}

const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** How far a zone's clocks are ahead of UTC at an instant, in milliseconds (Paris: one hour in winter, two in summer). */
export function zoneOffsetAt(instant: number, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offsetFormatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(formatter.formatToParts(instant).map((part) => [part.type, Number(part.value)]));
  const wallClock = Date.UTC(parts['year']!, parts['month']! - 1, parts['day']!, parts['hour']!, parts['minute']!, parts['second']!);
  return wallClock - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a zone's clocks first show a wall-clock time (given as if it were UTC), as
 * Temporal's "compatible" reading does: a time shown twice (autumn) is its first showing; a time
 * a spring change skips (02:30 in Paris) is read with the offset before the jump (03:30 summer time).
 */
export function wallClockToInstant(wallClock: number, timeZone: string): number {
  const before = wallClock - zoneOffsetAt(wallClock - 86_400_000, timeZone);
  const after = wallClock - zoneOffsetAt(wallClock + 86_400_000, timeZone);
  const exact = [before, after].filter((instant) => instant + zoneOffsetAt(instant, timeZone) === wallClock).sort((a, b) => a - b);
  return exact[0] ?? before;
}

// Each release's date is read by the check, the schedule, the lists and the form's notes, and many
// releases share a day; a zone's offset takes Intl a few microseconds: 1.6 s of a 10,000-pair rebuild.
const dayStarts = new Map<string, number>();

/** The start of a release's date in the publishing zone: its day, or the first day of its month or year. */
export function partialDateToInstant(date: PartialDate, timeZone = publishingTimeZone): number {
  const wallClock = Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1);
  const key = `${timeZone} ${wallClock}`;
  let instant = dayStarts.get(key);
  if (instant === undefined) dayStarts.set(key, (instant = wallClockToInstant(wallClock, timeZone)));
  return instant;
}
