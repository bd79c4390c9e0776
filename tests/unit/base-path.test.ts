import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { toBasePath } from '../../src/site-settings.mjs';
import { cmsSettings } from '../../src/cms/cms-settings.ts';

// A site served from a folder (a pull request's preview): the folder comes from NEWSROOM_BASE_PATH,
// read when the settings load, so the modules are loaded again with it set.
const base = '/pr-preview/pr-7/';
let paths: typeof import('../../src/i18n/paths.ts');
let links: typeof import('../../src/releases/links-under-base.ts');

beforeAll(async () => {
  vi.stubEnv('NEWSROOM_BASE_PATH', base);
  vi.resetModules();
  paths = await import('../../src/i18n/paths.ts');
  links = await import('../../src/releases/links-under-base.ts');
  vi.unstubAllEnvs();
  vi.resetModules();
});
afterEach(() => vi.unstubAllEnvs());

const folderName = fc.stringMatching(/^[\w.~-]{1,12}$/).filter((name) => !/^\.+$/.test(name));
const sitePath = fc
  .array(fc.stringMatching(/^[a-z0-9-]{1,10}$/), { maxLength: 4 })
  .map((parts) => `/${parts.map((part) => `${part}/`).join('')}`);

/** Every `href` and `src` of an HTML fragment, as a browser reads them. */
function addressesOf(html: string): string[] {
  const found: string[] = [];
  const visit = (node: DefaultTreeAdapterMap['childNode']): void => {
    if ('attrs' in node) for (const { name, value } of node.attrs) if (name === 'href' || name === 'src') found.push(value);
    if ('childNodes' in node) node.childNodes.forEach(visit);
  };
  parseFragment(html).childNodes.forEach(visit);
  return found;
}

describe('the site’s folder (NEWSROOM_BASE_PATH)', () => {
  it('is written with one slash on each side, however it is given', () => {
    fc.assert(
      fc.property(fc.array(folderName, { maxLength: 4 }), fc.boolean(), fc.boolean(), (folders, leading, trailing) => {
        const written = `${leading ? '/' : ''}${folders.join('/')}${trailing ? '/' : ''}`;
        expect(toBasePath(written)).toBe(folders.length === 0 ? '/' : `/${folders.join('/')}/`);
      }),
    );
  });

  it('refuses anything but folder names, naming the value and the fix', () => {
    for (const wrong of ['/../x/', '/a b/', 'https://example.org/x/', '/x?y/', '/é/']) {
      expect(() => toBasePath(wrong)).toThrow(/NEWSROOM_BASE_PATH is .*such as \/pr-preview\/pr-42\//);
    }
  });

  it('starts every address the path functions give, and the site path comes back from it', () => {
    fc.assert(
      fc.property(sitePath, (path) => {
        const href = paths.sitePathToHref(path);
        expect(href.startsWith(base)).toBe(true);
        expect(paths.hrefToSitePath(href)).toBe(path);
      }),
    );
    expect(paths.newsListPath('fr', 2)).toBe(`${base}fr/page/2/`);
    expect(paths.releasePath('en', 'x')).toBe(`${base}en/news/x/`);
    expect(paths.chooserPath()).toBe(base);
    expect(() => paths.hrefToSitePath('/en/news/x/')).toThrow(/outside the site's folder \/pr-preview\/pr-7\//);
  });
});

describe('links editors write from the site’s root, in a release', () => {
  const rootLink = fc.tuple(sitePath, fc.constantFrom('', '?a=1&b=2', '#part')).map(([path, tail]) => `${path}${tail}`);
  const otherLink = fc.constantFrom('https://example.org/', '//example.org/x/', '../images/a.jpg', '#top', 'mailto:presse@example.org', '');
  const words = fc.constantFrom('L’équipe « presse »\u00a0: lisez', 'Read <em>the</em> news', 'a & b');

  it('go under the folder in raw HTML, whatever the quotes and other attributes, and nothing else changes', () => {
    fc.assert(
      fc.property(rootLink, otherLink, words, fc.constantFrom('"', "'"), (root, other, text, quote) => {
        const escaped = root.replace(/&/g, '&amp;');
        const html = `<p>${text} <a title="t" href=${quote}${escaped}${quote}>${text}</a> <a href="${other}">x</a> <img src=${quote}${escaped}${quote} alt=""></p>`;
        const rewritten = links.rawHtmlUnderBase(html);
        expect(addressesOf(rewritten)).toEqual([`${base}${root.slice(1)}`, other, `${base}${root.slice(1)}`]);
        expect(parseFragment(rewritten).childNodes.length).toBe(parseFragment(html).childNodes.length);
        expect(rewritten).toContain(text);
      }),
    );
  });

  it('go under the folder in a related link too, and links elsewhere stay as written', () => {
    expect(paths.editorLinkToHref('/fr/actualites/x/')).toBe(`${base}fr/actualites/x/`);
    for (const other of ['https://example.org/', '//example.org/', '#top', '../a/']) expect(paths.editorLinkToHref(other)).toBe(other);
  });

  it('go under the folder in an opening tag alone, as Markdown hands raw HTML over, but not in text that only looks like a link', () => {
    expect(links.rawHtmlUnderBase('<a href="/fr/">')).toBe(`<a href="${base}fr/">`);
    expect(links.rawHtmlUnderBase('href="/fr/" in <code>text</code>')).toBe('href="/fr/" in <code>text</code>');
    expect(links.rawHtmlUnderBase('<abbr title="/fr/">x</abbr>')).toBe('<abbr title="/fr/">x</abbr>');
  });
});

describe('a pull request’s preview (NEWSROOM_PREVIEW)', () => {
  it('is 1 or nothing; a typo is refused rather than leave a sign-in on a preview', () => {
    expect(cmsSettings({ NEWSROOM_PREVIEW: '1' }).preview).toBe(true);
    expect(cmsSettings({}).preview).toBe(false);
    for (const typo of ['true', 'yes', '0']) expect(() => cmsSettings({ NEWSROOM_PREVIEW: typo })).toThrow(/NEWSROOM_PREVIEW is/);
  });
});
