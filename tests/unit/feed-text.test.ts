import { describe, expect, test } from 'vitest';
import { feedDate } from '../../src/feeds/feed-date.ts';
import { shortenAtWord } from '../../src/feeds/release-summary.ts';
import { compareNewestFirst, parsePartialDate, type PartialDate } from '../../src/releases/partial-date.ts';

describe('a feed item’s summary', () => {
  test('of any text is a prefix of its words, ends at a word, and stays within the length', () => {
    let seed = 11;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const words = ['INTERPOL', 'coopération', 'a', 'l’Organisation', '2013,', 'états-membres', 'supercalifragilisticexpialidocious'];
    for (let round = 0; round < 300; round++) {
      const text = Array.from({ length: Math.floor(random() * 80) }, () => words[Math.floor(random() * words.length)]).join(
        random() < 0.3 ? '  ' : ' ',
      );
      const length = 20 + Math.floor(random() * 100);
      const summary = shortenAtWord(text, length);
      const normalised = text.replace(/\s+/g, ' ').trim();
      if (normalised.length <= length) {
        expect(summary).toBe(normalised);
        continue;
      }
      expect(summary.endsWith('…')).toBe(true);
      const kept = summary.slice(0, -1);
      expect(kept.length).toBeLessThanOrEqual(length);
      expect(normalised.startsWith(kept)).toBe(true);
    }
  });

  test('cuts between words, never inside one', () => {
    expect(shortenAtWord('The meeting with INTERPOL President Mireille Ballestrazzi', 30)).toMatchInlineSnapshot(
      `"The meeting with INTERPOL…"`,
    );
  });
});

describe('a feed item’s date', () => {
  test('is the start of the period a partial date gives, so feed and list order agree', () => {
    const dates = ['2024', '2024-03', '2024-03-01', '2024-02-29', '2013-01-31', '2013', '2013-12']
      .map((text) => parsePartialDate(text) as PartialDate)
      .sort(compareNewestFirst);
    const times = dates.map((date) => feedDate(date).getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(feedDate(parsePartialDate('2024') as PartialDate).toUTCString()).toBe('Mon, 01 Jan 2024 00:00:00 GMT');
  });
});
