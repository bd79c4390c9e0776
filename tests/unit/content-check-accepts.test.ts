import { describe, expect, it } from 'vitest';
import { checkContentFolder } from '../../src/content-checks/check-content-folder.ts';
import { findUnpublishedFiles } from '../../src/content-checks/published-pages.ts';
import { checkFixture } from './support/check-fixture.ts';

describe('content check: what editors may write', () => {
  it('accepts CRLF line endings, a byte order mark, trailing spaces, quotes and colons in a quoted title, and a release in one language', () => {
    expect(checkFixture('odd-but-valid')).toEqual([]);
  });

  it('passes the real content in well under five seconds', () => {
    const started = performance.now();
    const { fileCount, problems } = checkContentFolder('content');
    expect(problems).toEqual([]);
    expect(fileCount).toBeGreaterThan(0);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('nothing is silently dropped', () => {
  const files = [
    { locale: 'en' as const, slug: 'visit', displayPath: 'content/en/visit.md' },
    { locale: 'fr' as const, slug: 'visit', displayPath: 'content/fr/visit.md' },
  ];

  it('is satisfied when every release file has exactly one page', () => {
    expect(findUnpublishedFiles(files, new Set(['/en/news/visit/', '/fr/actualites/visit/']))).toEqual([]);
  });

  it('names a file the build skipped, and a page with no file behind it', () => {
    expect(findUnpublishedFiles(files, new Set(['/en/news/visit/', '/fr/actualites/other/']))).toMatchInlineSnapshot(`
      [
        {
          "file": "content/fr/visit.md",
          "message": "was not published: the build wrote no page at /fr/actualites/visit/. Run \`npm run content:check\`, and tell a maintainer if it finds nothing.",
        },
        {
          "file": "/fr/actualites/other/",
          "message": "is a release page with no release file behind it: tell a maintainer.",
        },
      ]
    `);
  });
});
