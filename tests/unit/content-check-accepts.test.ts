import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/content-checks/check-content-folder.ts';
import { findUnpublishedPages } from '../../src/content-checks/published-pages.ts';
import { checkFixture } from './support/check-fixture.ts';

describe('content check: what editors may write', () => {
  it('accepts CRLF line endings, a byte order mark, trailing spaces, quotes and colons in a quoted title, and a release in one language', async () => {
    expect(await checkFixture('odd-but-valid')).toEqual([]);
  });

  it('passes the real content in well under five seconds', async () => {
    const started = performance.now();
    const { fileCount, problems } = await checkContentFolder('content');
    expect(problems).toEqual([]);
    expect(fileCount).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('nothing is silently dropped', () => {
  const pages = [
    { path: '/en/news/visit/', file: 'content/en/visit.md' },
    { path: '/fr/actualites/visit/', file: 'content/fr/visit.md' },
    { path: '/fr/' },
  ];

  it('is satisfied when the build wrote exactly the pages the content publishes', () => {
    expect(findUnpublishedPages(pages, new Set(['/en/news/visit/', '/fr/actualites/visit/', '/fr/']))).toEqual([]);
  });

  it('names a file the build skipped, a page it did not write, and a page nothing explains', () => {
    expect(findUnpublishedPages(pages, new Set(['/en/news/visit/', '/fr/actualites/other/']))).toMatchInlineSnapshot(`
      [
        {
          "file": "content/fr/visit.md",
          "message": "was not published: the build wrote no page at /fr/actualites/visit/. Run \`npm run content:check\`, and tell a maintainer if it finds nothing.",
        },
        {
          "file": "/fr/",
          "message": "was not published: the build wrote no page at /fr/. Run \`npm run content:check\`, and tell a maintainer if it finds nothing.",
        },
        {
          "file": "/fr/actualites/other/",
          "message": "is a page that no release file explains: tell a maintainer.",
        },
      ]
    `);
  });
});
