import { describe, expect, test } from 'vitest';
import { parseRfc822 } from '../e2e/support/rfc822.ts';

describe('the RFC 822 reader the feed tests use', () => {
  test('reads what RSS feeds write, and every day of a few years as JavaScript writes it', () => {
    expect(parseRfc822('Thu, 31 Jan 2013 00:00:00 GMT')).toEqual(new Date(Date.UTC(2013, 0, 31)));
    expect(parseRfc822('Sat, 07 Sep 2002 00:00:01 +0200')).toEqual(new Date(Date.UTC(2002, 8, 6, 22, 0, 1)));
    for (let time = Date.UTC(2012, 0, 1); time < Date.UTC(2016, 0, 1); time += 86_400_000 + 3_600_000 * 7) {
      expect(parseRfc822(new Date(time).toUTCString())).toEqual(new Date(time));
    }
  });

  test('refuses what is not RFC 822, saying why', () => {
    expect(parseRfc822('2013-01-31')).toMatchInlineSnapshot(`""2013-01-31" does not have a day, month, year, time and zone"`);
    expect(parseRfc822('Fri, 31 Jan 2013 00:00:00 GMT')).toMatchInlineSnapshot(`"31 Jan 2013 is not a Fri"`);
    expect(parseRfc822('Thu, 30 Feb 2013 00:00:00 GMT')).toMatchInlineSnapshot(`"Feb 2013 has no day 30"`);
    expect(parseRfc822('Thu, 31 January 2013 00:00:00 GMT')).toMatchInlineSnapshot(`""January" is not a month name"`);
    expect(parseRfc822('Thu, 31 Jan 13 00:00:00 GMT')).toMatchInlineSnapshot(`""13" is not a four-digit year"`);
    expect(parseRfc822('Thu, 31 Jan 2013 24:00:00 GMT')).toMatchInlineSnapshot(`""24:00:00" is out of range"`);
    expect(parseRfc822('Thu, 31 Jan 2013 00:00:00 CET')).toMatchInlineSnapshot(`""CET" is not a time zone"`);
  });
});
