import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMoment, partialDateToInstant, wallClockToInstant, zoneOffsetAt } from '../../src/releases/life/publish-moment.ts';
import { buildNow, isScheduled, publishedReleases, releaseToMoment, type TimedEntry } from '../../src/releases/life/schedule.ts';
import { pairBySlug, releaseEntries } from '../../src/releases/pairing.ts';
import type { PartialDate } from '../../src/releases/partial-date.ts';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const hour = 3_600_000;

/** The wall clock a zone shows at an instant, as `YYYY-MM-DDTHH:MM:SS`. */
function wallClockAt(instant: number, timeZone: string): string {
  return new Date(instant + zoneOffsetAt(instant, timeZone)).toISOString().slice(0, 19);
}

const anyDay = fc
  .record({ year: fc.integer({ min: 1971, max: 2099 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day);
const zones = fc.constantFrom('Europe/Paris', 'America/New_York', 'America/Sao_Paulo', 'Asia/Kolkata', 'Australia/Lord_Howe', 'UTC');

describe('a date without a time is the start of its day, Paris time', () => {
  it('is midnight in Paris on that very day, whatever the day (summer or winter time)', () => {
    fc.assert(
      fc.property(anyDay, ({ year, month, day }) => {
        const instant = partialDateToInstant({ year, month, day, precision: 'day' });
        expect(wallClockAt(instant, 'Europe/Paris')).toBe(`${year}-${pad(month)}-${pad(day)}T00:00:00`);
      }),
    );
  });

  it('is the first day of a month or a year given alone', () => {
    fc.assert(
      fc.property(anyDay, ({ year, month }) => {
        const monthOnly: PartialDate = { year, month, precision: 'month' };
        expect(partialDateToInstant(monthOnly)).toBe(partialDateToInstant({ year, month, day: 1, precision: 'day' }));
        expect(partialDateToInstant({ year, precision: 'year' })).toBe(partialDateToInstant({ year, month: 1, day: 1, precision: 'day' }));
      }),
    );
  });

  it('reads any wall-clock time in any zone as the first instant showing it, or the moment after a skipped hour', () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), zones, ({ year, month, day }, h, m, zone) => {
        const wallClock = Date.UTC(year, month - 1, day, h, m);
        const instant = wallClockToInstant(wallClock, zone);
        const shown = Date.parse(`${wallClockAt(instant, zone)}Z`);
        if (shown === wallClock) {
          // Shown: and never earlier, so an autumn hour shown twice is its first showing.
          const earlier = instant - hour;
          expect(Date.parse(`${wallClockAt(earlier, zone)}Z`)).not.toBe(wallClock);
        } else {
          // Skipped by a spring change: read just after the jump, by the length of the gap (at most an hour here).
          expect(shown - wallClock).toBeGreaterThan(0);
          expect(shown - wallClock).toBeLessThanOrEqual(hour);
        }
      }),
    );
  });

  it('knows the days Paris changes its clocks', () => {
    // 30 March 2025: 02:00 becomes 03:00; 26 October 2025: 03:00 becomes 02:00 again.
    expect(new Date(wallClockToInstant(Date.UTC(2025, 2, 30, 2, 30), 'Europe/Paris')).toISOString()).toBe('2025-03-30T01:30:00.000Z');
    expect(new Date(wallClockToInstant(Date.UTC(2025, 9, 26, 2, 30), 'Europe/Paris')).toISOString()).toBe('2025-10-26T00:30:00.000Z');
    expect(new Date(partialDateToInstant({ year: 2025, month: 3, day: 30, precision: 'day' })).toISOString()).toBe(
      '2025-03-29T23:00:00.000Z',
    );
    expect(new Date(partialDateToInstant({ year: 2025, month: 3, day: 31, precision: 'day' })).toISOString()).toBe(
      '2025-03-30T22:00:00.000Z',
    );
    // São Paulo once moved its clocks at midnight: that day began at 01:00.
    expect(new Date(wallClockToInstant(Date.UTC(2018, 10, 4, 0, 0), 'America/Sao_Paulo')).toISOString()).toBe('2018-11-04T03:00:00.000Z');
  });
});

describe('a moment written with its time zone', () => {
  const offsets = fc.integer({ min: -12 * 4, max: 14 * 4 }).map((quarters) => quarters * 15);
  it('is the instant it names, whatever the offset, with or without seconds', () => {
    fc.assert(
      fc.property(
        anyDay,
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        offsets,
        fc.boolean(),
        (date, h, m, offset, seconds) => {
          const sign = offset < 0 ? '-' : '+';
          const zone = offset === 0 && !seconds ? 'Z' : `${sign}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
          const text = `${date.year}-${pad(date.month)}-${pad(date.day)}T${pad(h)}:${pad(m)}${seconds ? ':00' : ''}${zone}`;
          const moment = parseMoment(text);
          expect(moment).toEqual({
            instant: Date.UTC(date.year, date.month - 1, date.day, h, m) - offset * 60_000,
            day: `${date.year}-${pad(date.month)}-${pad(date.day)}`,
          });
        },
      ),
    );
  });

  it('is refused without its zone, or when the day or time does not exist, saying how to write it', () => {
    for (const text of [
      '2025-03-01T09:00',
      '2025-03-01 09:00+01:00',
      '2025-02-30T09:00+01:00',
      '2025-03-01T24:30+01:00',
      '2025-03-01T09:75Z',
    ])
      expect(parseMoment(text), text).toMatch(/not written|not a real date and time/);
  });

  it('sets the build’s "now" from NEWSROOM_NOW, and stops the build on one that is not a moment', () => {
    expect(buildNow({ NEWSROOM_NOW: '2025-03-01T09:00+01:00' })).toBe(Date.UTC(2025, 2, 1, 8));
    expect(() => buildNow({ NEWSROOM_NOW: 'tomorrow' })).toThrow(/NEWSROOM_NOW "tomorrow" is not written/);
    const before = Date.now();
    expect(buildNow({})).toBeGreaterThanOrEqual(before);
  });
});

describe('scheduled releases are left out in one place', () => {
  const entry = (locale: string, slug: string, instant: number | undefined, day: PartialDate): TimedEntry => ({
    id: `${locale}/${slug}`,
    data: { date: day, ...(instant === undefined ? {} : { publishAt: { instant, day: '' } }) },
  });
  const release = fc.record({
    slug: fc.stringMatching(/^[a-z]{1,6}$/),
    date: anyDay,
    moments: fc.array(fc.option(fc.integer({ min: -3 * hour, max: 3 * hour }), { nil: undefined }), { minLength: 1, maxLength: 3 }),
  });

  it('publishes a release exactly when every version’s moment has come, and never one version without the others', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(release, { selector: (r) => r.slug, maxLength: 8 }),
        fc.integer({ min: -2 * hour, max: 2 * hour }),
        (drawn, shift) => {
          const entries = drawn.flatMap(({ slug, date, moments }) => {
            const start = partialDateToInstant({ ...date, precision: 'day' });
            return moments.map((moment, index) =>
              entry(['en', 'fr', 'es'][index]!, slug, moment === undefined ? undefined : start + moment, { ...date, precision: 'day' }),
            );
          });
          const releases = pairBySlug(entries.filter((candidate) => !candidate.id.startsWith('es/')));
          for (const now of releases.map(releaseToMoment).map((moment) => moment + shift)) {
            const published = publishedReleases(releases, now);
            for (const candidate of releases) {
              const versionsDue = releaseEntries(candidate).every(
                (version) => (version.data.publishAt?.instant ?? partialDateToInstant(version.data.date)) <= now,
              );
              expect(published.includes(candidate)).toBe(versionsDue);
              expect(isScheduled(candidate, now)).toBe(!versionsDue);
            }
            // A published release keeps every version it has: the pair is never split.
            for (const kept of published) expect(kept.versions).toBe(releases.find((r) => r.slug === kept.slug)!.versions);
          }
        },
      ),
    );
  });

  it('publishes at the moment itself, not a millisecond before', () => {
    const [pair] = pairBySlug([entry('en', 'x', Date.UTC(2025, 2, 1, 8), { year: 2025, month: 3, day: 1, precision: 'day' })]);
    expect(isScheduled(pair!, Date.UTC(2025, 2, 1, 8) - 1)).toBe(true);
    expect(isScheduled(pair!, Date.UTC(2025, 2, 1, 8))).toBe(false);
  });
});
