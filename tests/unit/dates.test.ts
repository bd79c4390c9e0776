import { afterEach, describe, expect, it } from 'vitest';
import { formatPartialDate } from '../../src/i18n/format-date.ts';
import { localeToRecord } from '../../src/i18n/locales.ts';
import { parsePartialDate, partialDateToIso, type PartialDate } from '../../src/releases/partial-date.ts';

function date(text: string): PartialDate {
  const parsed = parsePartialDate(text);
  if (typeof parsed === 'string') throw new Error(parsed);
  return parsed;
}

describe('release dates', () => {
  it('are written the way each language writes them', () => {
    expect(formatPartialDate(date('2013-01-31'), localeToRecord('en'))).toBe('31 January 2013');
    expect(formatPartialDate(date('2013-01-31'), localeToRecord('fr'))).toBe('31 janvier 2013');
    expect(formatPartialDate(date('2013-02-01'), localeToRecord('fr'))).toBe('1er février 2013');
  });

  it('show only what is known when the day or the month is not', () => {
    expect(formatPartialDate(date('2024-02'), localeToRecord('en'))).toBe('February 2024');
    expect(formatPartialDate(date('2024-02'), localeToRecord('fr'))).toBe('février 2024');
    expect(formatPartialDate(date('2024'), localeToRecord('fr'))).toBe('2024');
    expect(date('2024').precision).toBe('year');
    expect(partialDateToIso(date('2024-02'))).toBe('2024-02');
  });

  it('accept what a YAML parser makes of an unquoted date or year', () => {
    expect(parsePartialDate(new Date(Date.UTC(2013, 0, 31)))).toEqual({ year: 2013, month: 1, day: 31, precision: 'day' });
    expect(parsePartialDate(2024)).toEqual({ year: 2024, precision: 'year' });
  });

  it('refuse a day that is not on the calendar, saying why', () => {
    expect(parsePartialDate('2013-02-30')).toBe('"2013-02-30" does not exist: that month has 28 days');
    expect(parsePartialDate('2013-13')).toBe('"2013-13" has no month 13: months go from 01 to 12');
    expect(parsePartialDate('31/01/2013')).toBe('"31/01/2013" is not written YYYY-MM-DD, YYYY-MM or YYYY');
  });

  describe('in a time zone west of Greenwich', () => {
    const original = process.env['TZ'];
    afterEach(() => {
      process.env['TZ'] = original;
    });

    it('are never shifted by a day', () => {
      process.env['TZ'] = 'America/Los_Angeles';
      expect(formatPartialDate(date('2013-01-31'), localeToRecord('en'))).toBe('31 January 2013');
      expect(parsePartialDate(new Date('2013-01-31'))).toMatchObject({ day: 31 });
    });
  });
});
