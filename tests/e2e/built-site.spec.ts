import { expect, test } from '@playwright/test';
import { findHtmlErrors } from '../../scripts/site-checks/html.ts';
import { htmlFiles, readBuiltPage } from '../../scripts/site-checks/built-pages.ts';
import { findLinkProblems } from '../../scripts/site-checks/links.ts';
import { siteUrl } from '../../src/site-settings.mjs';
import { builtSites } from './support/built-sites.ts';

// These read the files the browser tests are served from: the seed site and the generated corpus.
for (const [name, siteDir] of [
  ['the seed site', builtSites.seedDist],
  ['the generated corpus', builtSites.manyDist],
] as const) {
  test.describe(`the built files of ${name}`, () => {
    // Read in beforeAll, not at load: listing the tests needs no built site.
    let files: string[] = [];
    test.beforeAll(() => {
      files = htmlFiles(siteDir);
    });

    test('have every internal link, anchor and image resolve, and no unmarked link into the other language', () => {
      const pages = files.map((file) => readBuiltPage(siteDir, file));
      expect(pages.length).toBeGreaterThan(10);
      expect(findLinkProblems(siteDir, pages, new URL(siteUrl).origin)).toEqual([]);
    });

    test('are valid HTML, every page', async () => {
      expect(await findHtmlErrors(siteDir, files)).toEqual([]);
    });
  });
}

test('the link check catches a broken link, a missing anchor and an unmarked language crossing', () => {
  const page = {
    file: 'en/index.html',
    path: '/en/',
    lang: 'en',
    ids: new Set(['main']),
    references: [
      { tag: 'a', attribute: 'href', url: '/en/news/nowhere/', hreflang: undefined },
      { tag: 'a', attribute: 'href', url: '/en/#missing', hreflang: undefined },
      { tag: 'a', attribute: 'href', url: '/fr/', hreflang: undefined },
      { tag: 'a', attribute: 'href', url: '/fr/', hreflang: 'fr' },
      { tag: 'a', attribute: 'href', url: 'javascript:alert(1)', hreflang: undefined },
    ],
  };
  expect(findLinkProblems(builtSites.seedDist, [page], 'https://newsroom.example.org')).toEqual([
    'en/index.html: <a href="/en/news/nowhere/"> leads to /en/news/nowhere/, which the site does not have',
    'en/index.html: <a href="/en/#missing">: /en/ has no element with id "missing"',
    'en/index.html: <a href="/fr/"> leads into the fr pages without hreflang="fr"',
    'en/index.html: <a href="javascript:alert(1)"> uses a javascript: address',
  ]);
});
