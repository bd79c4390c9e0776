import { describe, expect, it } from 'vitest';
import { checkFixture } from './support/check-fixture.ts';

describe('content check: unsafe HTML, links and pairs', () => {
  it('rejects scripts, frames, event handlers and javascript:/data: URLs in the body, each on its line', async () => {
    expect(await checkFixture('unsafe-html-body')).toMatchInlineSnapshot(`
      [
        "content/en/unsafe-body.md:10: <script> is not allowed in a release: a release cannot run scripts: remove it.",
        "content/en/unsafe-body.md:12: <iframe> is not allowed in a release: embedding another page is not allowed: remove it and link to the page instead, e.g. [Watch the video](https://…).",
        "content/en/unsafe-body.md:14: the HTML attribute onclick= runs code and is not allowed: remove it.",
        "content/en/unsafe-body.md:16: a javascript: link runs code and is not allowed: link to a web address (https://…) or a page of this site (/en/…, /fr/…).",
        "content/en/unsafe-body.md:18: a data: address hides a file inside the text and is not allowed: save the image in content/images/ and point to it, e.g. ![Description](../images/photo.jpg).",
        "content/en/unsafe-body.md:20: a javascript: link runs code and is not allowed: link to a web address (https://…) or a page of this site (/en/…, /fr/…).",
      ]
    `);
  });

  it('rejects unsafe HTML and javascript: URLs in frontmatter fields, naming the field', async () => {
    expect(await checkFixture('unsafe-html-frontmatter')).toMatchInlineSnapshot(`
      [
        "content/fr/champs-dangereux.md:2 (title): <script> is not allowed in a release: a release cannot run scripts: remove it.",
        "content/fr/champs-dangereux.md:3 (standfirst): the HTML attribute onerror= runs code and is not allowed: remove it.",
        "content/fr/champs-dangereux.md:9 (related.0.url): a javascript: link runs code and is not allowed: link to a web address (https://…) or a page of this site (/en/…, /fr/…).",
      ]
    `);
  });

  it('rejects internal links and images that point nowhere, and accepts those that lead somewhere', async () => {
    expect(await checkFixture('broken-internal-link')).toMatchInlineSnapshot(`
      [
        "content/en/links-to-nowhere.md:8 (related.0.url): the link /en/news/no-such-release/ points nowhere: there is no release content/en/no-such-release.md. Check the slug (the file name without .md) and the language.",
        "content/en/links-to-nowhere.md:10 (photos.0.file): the image ../images/missing-photo.jpg points to no file: there is no content/images/missing-photo.jpg. Put the image in content/images/ and write the path from the release file, e.g. ../images/photo.jpg.",
        "content/en/links-to-nowhere.md:15: the link /fr/news/liens-valides/ points nowhere: releases in French live under /fr/actualites/, so write /fr/actualites/liens-valides/.",
        "content/en/links-to-nowhere.md:15: the link /en/news/no-such-release/ points nowhere: there is no release content/en/no-such-release.md. Check the slug (the file name without .md) and the language.",
        "content/en/links-to-nowhere.md:16: the link /fr/actualites/liens-valides must end with a slash: write /fr/actualites/liens-valides/ (page addresses on this site end with /).",
        "content/en/links-to-nowhere.md:16: the link ../fr/liens-valides.md points to a file, not a page: write the release's address instead, /fr/actualites/liens-valides/.",
        "content/en/links-to-nowhere.md:18: the image ../images/missing-chart.png points to no file: there is no content/images/missing-chart.png. Put the image in content/images/ and write the path from the release file, e.g. ../images/photo.jpg.",
      ]
    `);
  });

  it('rejects a pair whose two files disagree on date, type, organisation or topics', async () => {
    expect(await checkFixture('pair-disagreement')).toMatchInlineSnapshot(`
      [
        "content/fr/visit-to-headquarters.md:3 (date): the two languages of this release disagree on "date": 2013-01-30 here, 2013-01-31 in content/en/visit-to-headquarters.md (line 3). A release and its translation share their date: correct whichever file is wrong.",
        "content/fr/visit-to-headquarters.md:4 (type): the two languages of this release disagree on "type": news here, media-release in content/en/visit-to-headquarters.md (line 4). A release and its translation share their type: correct whichever file is wrong.",
        "content/fr/visit-to-headquarters.md:5 (organisation): the two languages of this release disagree on "organisation": wco here, interpol in content/en/visit-to-headquarters.md (line 5). A release and its translation share their organisation: correct whichever file is wrong.",
        "content/fr/visit-to-headquarters.md:6 (topics): the two languages of this release disagree on "topics": cybercrime, terrorism here, police-cooperation, terrorism in content/en/visit-to-headquarters.md (line 6). A release and its translation share their topics: correct whichever file is wrong.",
      ]
    `);
  });

  it('compares the fields of a pair that are valid even while another field is wrong', async () => {
    expect(await checkFixture('pair-disagreement-with-other-problems')).toMatchInlineSnapshot(`
      [
        "content/fr/visit-to-headquarters.md:3 (date): the two languages of this release disagree on "date": 2013-01-30 here, 2013-01-31 in content/en/visit-to-headquarters.md (line 3). A release and its translation share their date: correct whichever file is wrong.",
        "content/fr/visit-to-headquarters.md:6 (topics.1): "terorism" is not a known topic. Did you mean terrorism? Use one of: police-cooperation, customs-cooperation, terrorism, cybercrime, drug-trafficking, organized-crime, human-trafficking, illicit-trade, illegal-betting, financial-crime, travel-documents. A new topic needs a maintainer to add it with its English and French labels.",
      ]
    `);
  });
});
