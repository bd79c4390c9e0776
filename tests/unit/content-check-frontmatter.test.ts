import { describe, expect, it } from 'vitest';
import { checkFixture } from './support/check-fixture.ts';

describe('content check: frontmatter', () => {
  it('rejects malformed YAML, explaining the usual causes on the right line', async () => {
    expect(await checkFixture('malformed-yaml')).toMatchInlineSnapshot(`
      [
        "content/en/colon-in-title.md:2: the frontmatter is not valid YAML: a value has a colon followed by a space in it. Put the whole value in double quotes: title: "Operation Pangea: 3,000 websites closed".",
        "content/en/unclosed-quote.md:2: the frontmatter is not valid YAML: a quote is not closed, or a list item lacks its "- ". Check that every value that opens with " ends with " on the same line, and that list items start with "- ".",
      ]
    `);
  });

  it('rejects a missing required field, showing a line to add', async () => {
    expect(await checkFixture('missing-field')).toMatchInlineSnapshot(`
      [
        "content/fr/sans-titre.md (title): the required field "title" is missing. The headline, as published. Add a line such as: title: "Operation Pangea closes 3,000 illegal pharmacy websites"",
        "content/fr/sans-titre.md (type): the required field "type" is missing. The kind of release: media-release, news, statement, speech. Add a line such as: type: media-release",
      ]
    `);
  });

  it('rejects a wrongly typed field', async () => {
    expect(await checkFixture('wrongly-typed-field')).toMatchInlineSnapshot(`
      [
        "content/en/wrong-types.md:2 (title): "title" must be text in double quotes, not 2013.",
        "content/en/wrong-types.md:6 (topics): "topics" must be a list, such as [terrorism, cybercrime], not "cybercrime".",
        "content/en/wrong-types.md:7 (related): "related" must be a list, with each item on its own line starting with "- ", not "https://www.interpol.int".",
      ]
    `);
  });

  it('rejects a field that does not exist, suggesting the one probably meant', async () => {
    expect(await checkFixture('unknown-field')).toMatchInlineSnapshot(`
      [
        "content/en/typo-in-field-name.md:2 (tittle): "tittle" is not a field of a release: did you mean "title"? The fields are: title, standfirst, date, type, organisation, dateline, topics, textLanguage, related, reference, publishAt, updates, withdrawn, contacts, photos.",
        "content/en/typo-in-field-name.md:7 (summary): "summary" is not a field of a release: check its spelling, or remove it. The fields are: title, standfirst, date, type, organisation, dateline, topics, textLanguage, related, reference, publishAt, updates, withdrawn, contacts, photos.",
      ]
    `);
  });

  it('rejects an impossible date even when written without quotes', async () => {
    expect(await checkFixture('impossible-date')).toMatchInlineSnapshot(`
      [
        "content/en/thirtieth-of-february.md:3 (date): the date "2013-02-30" does not exist: that month has 28 days. Write a real date as "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only the month or year is known.",
      ]
    `);
  });

  it('rejects a date that is not a calendar date', async () => {
    expect(await checkFixture('not-a-calendar-date')).toMatchInlineSnapshot(`
      [
        "content/en/day-first-date.md:3 (date): the date "31/01/2013" is not written YYYY-MM-DD, YYYY-MM or YYYY. Write a real date as "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only the month or year is known.",
        "content/fr/mois-treize.md:3 (date): the date "2013-13" has no month 13: months go from 01 to 12. Write a real date as "YYYY-MM-DD", or "YYYY-MM" / "YYYY" when only the month or year is known.",
      ]
    `);
  });

  it('rejects an unknown type', async () => {
    expect(await checkFixture('unknown-type')).toMatchInlineSnapshot(`
      [
        "content/en/press-release-type.md:4 (type): "press-release" is not a known release type. Use one of: media-release, news, statement, speech.",
      ]
    `);
  });

  it('rejects an unknown topic, suggesting the nearest one', async () => {
    expect(await checkFixture('unknown-topic')).toMatchInlineSnapshot(`
      [
        "content/fr/theme-inconnu.md:6 (topics.1): "terorism" is not a known topic. Did you mean terrorism? Use one of: police-cooperation, customs-cooperation, terrorism, cybercrime, drug-trafficking, organized-crime, human-trafficking, illicit-trade, illegal-betting, financial-crime, travel-documents. A new topic needs a maintainer to add it with its English and French labels.",
        "content/fr/theme-inconnu.md:6 (topics.2): "piracy" is not a known topic. Use one of: police-cooperation, customs-cooperation, terrorism, cybercrime, drug-trafficking, organized-crime, human-trafficking, illicit-trade, illegal-betting, financial-crime, travel-documents. A new topic needs a maintainer to add it with its English and French labels.",
      ]
    `);
  });
});
