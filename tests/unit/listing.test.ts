import { describe, expect, it } from 'vitest';
import { newsListItems, paginate } from '../../src/releases/listing.ts';
import { pairBySlug } from '../../src/releases/pairing.ts';
import { parsePartialDate, type PartialDate } from '../../src/releases/partial-date.ts';

function entry(id: string, date: string) {
  return { id, data: { date: parsePartialDate(date) as PartialDate } };
}

const releases = pairBySlug([
  entry('en/old', '2013-01-31'),
  entry('fr/old', '2013-01-31'),
  entry('fr/french-only', '2013-10-11'),
  entry('fr/year-only', '2024'),
  entry('en/english-only', '2024-03-01'),
]);

describe('news lists', () => {
  it('lists every release, newest first, a year-only date after the dated days of that year', () => {
    expect(newsListItems(releases, 'en').map((item) => item.slug)).toEqual(['english-only', 'year-only', 'french-only', 'old']);
  });

  it('shows each release in the list language where it exists, and in the other language otherwise', () => {
    const items = newsListItems(releases, 'fr');
    expect(items.map((item) => [item.slug, item.locale])).toEqual([
      ['english-only', 'en'],
      ['year-only', 'fr'],
      ['french-only', 'fr'],
      ['old', 'fr'],
    ]);
    expect(items.find((item) => item.slug === 'old')?.languages).toEqual(['en', 'fr']);
  });

  it('orders releases of the same day by slug, so every build lists them the same way', () => {
    const sameDay = pairBySlug([entry('en/b', '2020-01-01'), entry('en/a', '2020-01-01')]);
    expect(newsListItems(sameDay, 'en').map((item) => item.slug)).toEqual(['a', 'b']);
  });

  it('paginates 20 to a page, and an empty list still has its first page', () => {
    const pages = paginate(Array.from({ length: 45 }, (_, index) => index));
    expect(pages.map((page) => page.items.length)).toEqual([20, 20, 5]);
    expect(pages.map((page) => [page.page, page.totalPages])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    expect(paginate([])).toEqual([{ page: 1, totalPages: 1, items: [] }]);
  });
});
