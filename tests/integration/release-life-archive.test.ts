import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { feedPath, releasePath } from '../../src/i18n/paths.ts';
import { builtFiles, buildAt, filesMentioning } from './support/life-builds.ts';

// The generated archive with its life (tests/fixtures/generate-releases.mjs ... life): one release a week back
// from 2020-12-31, built at noon on 1 October 2020, Paris time, and again once every release's moment has passed.
const contentDir = '.e2e/release-life/archive-content';
const now = '2020-10-01T12:00+02:00';
const later = '2021-06-01T00:00Z';
const count = 45;
const slug = (index: number) => `generated-release-${String(index).padStart(3, '0')}`;
const dateOf = (index: number) => new Date(Date.UTC(2020, 11, 31) - (index - 1) * 7 * 86_400_000).toISOString().slice(0, 10);
const languagesOf = (index: number) => (index % 3 !== 0 ? ['en', 'fr'] : index % 2 === 0 ? ['fr'] : ['en']) as ('en' | 'fr')[];
// A day alone is its start in Paris: a release dated after 1 October is scheduled at noon that day; one dated that day is not.
const scheduled = [
  ...Array.from({ length: count }, (_, i) => i + 1)
    .filter((index) => dateOf(index) > '2020-10-01')
    .map(slug),
  'scheduled-edge-after',
];
const published = [
  ...Array.from({ length: count }, (_, i) => i + 1)
    .filter((index) => dateOf(index) <= '2020-10-01')
    .map(slug),
  'scheduled-edge-before',
];
const withdrawn = Array.from({ length: count }, (_, i) => i + 1).filter((index) => index % 10 === 7 && dateOf(index) <= '2020-10-01');

let atNow: Map<string, string>;
let afterwards: Map<string, string>;
const page = (files: Map<string, string>, path: string) => files.get(`${path.slice(1)}index.html`) ?? '';

beforeAll(() => {
  execFileSync(process.execPath, ['tests/fixtures/generate-releases.mjs', contentDir, String(count), 'life']);
  buildAt(contentDir, '.e2e/release-life/archive-now', now, { search: true });
  atNow = builtFiles('.e2e/release-life/archive-now');
  buildAt(contentDir, '.e2e/release-life/archive-later', later, { search: true });
  afterwards = builtFiles('.e2e/release-life/archive-later');
}, 300_000);

describe('on a generated archive built at a given "now"', () => {
  it('leaves a scheduled release out of every output, down to the minute, and publishes it with the first build after its moment', () => {
    expect(scheduled.length).toBeGreaterThan(10);
    for (const name of scheduled) {
      expect(filesMentioning(atNow, name), name).toEqual([]);
      const written = (['en', 'fr'] as const).filter((locale) => afterwards.has(`${releasePath(locale, name).slice(1)}index.html`));
      expect(written.length, name).toBeGreaterThan(0);
      // One withdrawn since is out, and withdrawn: its page is all there is (as the next test shows).
      if (/^generated-release-\d\d7$/.test(name)) continue;
      // Afterwards: its pages, the lists, the sitemap, the feeds and the search index all have it.
      const mentions = filesMentioning(afterwards, name);
      expect(
        mentions.some((file) => file.startsWith('sitemap')),
        name,
      ).toBe(true);
      expect(
        mentions.some((file) => file.endsWith('rss.xml')),
        name,
      ).toBe(true);
      expect(
        mentions.some((file) => file.includes('pagefind/')),
        name,
      ).toBe(true);
      expect(
        mentions.some((file) => /^(en|fr)\/(page\/\d+\/)?index\.html$/.test(file)),
        name,
      ).toBe(true);
    }
    for (const name of published.filter((candidate) => !/^generated-release-\d\d7$/.test(candidate)))
      expect(
        filesMentioning(atNow, name).some((file) => file.startsWith('sitemap')),
        name,
      ).toBe(true);
    // The reference of a scheduled release gives nothing away either.
    expect(filesMentioning(atNow, 'NR/2020/902')).toEqual([]);
    expect(existsSync('.e2e/release-life/archive-now/r/NR-2020-902/index.html')).toBe(false);
    expect(existsSync('.e2e/release-life/archive-later/r/NR-2020-902/index.html')).toBe(true);
  });

  it('keeps a withdrawn release at its address, noindex, saying why in its language, and nowhere else but its short address and offline copy', () => {
    expect(withdrawn.length).toBeGreaterThan(1);
    for (const index of withdrawn) {
      const name = slug(index);
      for (const locale of languagesOf(index)) {
        const html = page(atNow, releasePath(locale, name));
        expect(html, `${locale} ${name}`).toContain('<meta name="robots" content="noindex">');
        expect(html).toContain(
          locale === 'en' ? 'This release was withdrawn on 1 February 2021.' : 'Ce communiqué a été retiré le 1er février 2021.',
        );
        expect(html).toContain(
          locale === 'en' ? `Issued in error (release ${index}).` : `Publié par erreur (communiqué ${index}) ; l’« annonce » est annulée.`,
        );
        // The text stays only when the editor kept it (every twentieth from the seventh).
        expect(html.includes('class="release-body"'), name).toBe(index % 20 === 7);
        expect(html).not.toContain('data-pagefind-body');
      }
      const allowed = new Set([
        ...languagesOf(index).map((locale) => `${releasePath(locale, name).slice(1)}index.html`),
        `r/NR-2020-${String(index).padStart(3, '0')}/index.html`,
        'offline/all-releases.json',
        // The editing form's list notes its translation state: a withdrawn release is still an editor's file.
        ...['en', 'fr'].map((locale) => `admin/config.${locale}.json`),
      ]);
      expect(
        filesMentioning(atNow, name).filter((file) => !allowed.has(file)),
        name,
      ).toEqual([]);
    }
  });

  it('shows a correction on the page, in JSON-LD, the sitemap and the feed, and tells the older translation’s readers', () => {
    const index = 25;
    const name = slug(index);
    expect(languagesOf(index)).toEqual(['en', 'fr']);
    const english = page(atNow, releasePath('en', name));
    const french = page(atNow, releasePath('fr', name));
    expect(english).toContain('Updated on 15 January 2021');
    expect(english).toContain(`Figures corrected in release ${index}.`);
    expect(english).toContain('"dateModified":"2021-01-15"');
    // The minor change to the French version is no public note, and does not make the English one older.
    expect(french).toContain('"dateModified":"2021-01-10"');
    expect(french).not.toContain('Mis à jour le');
    expect(french).toContain('La version en anglais a été mise à jour le 15 janvier 2021, après celle-ci');
    expect(french).toContain(`href="${releasePath('en', name)}" hreflang="en"`);
    expect(english).not.toContain('life-newer');
    const sitemap = atNow.get('sitemap.xml') ?? '';
    expect(sitemap).toContain(`<loc>https://newsroom.example.org${releasePath('en', name)}</loc><lastmod>2021-01-15</lastmod>`);
    expect(sitemap).toContain(`<loc>https://newsroom.example.org${releasePath('fr', name)}</loc><lastmod>2021-01-10</lastmod>`);
    const item = (atNow.get(feedPath('en').slice(1)) ?? '').split('<item>').find((candidate) => candidate.includes(name)) ?? '';
    expect(item).toContain(`<description>Updated on 15 January 2021: Figures corrected in release ${index}.`);
    expect(item).toContain('<atom:updated>2021-01-15T00:00:00.000Z</atom:updated>');
    // The item keeps its first date and address, so readers do not list it twice.
    expect(item).toContain(`<pubDate>${new Date(`${dateOf(index)}T00:00:00Z`).toUTCString()}</pubDate>`);
    expect(item).toContain(`<guid isPermaLink="true">https://newsroom.example.org${releasePath('en', name)}</guid>`);
    // The list keeps the original date.
    const listed = filesMentioning(atNow, `href="${releasePath('en', name)}"`).find((file) => /^en\/(page\/\d+\/)?index\.html$/.test(file));
    expect(atNow.get(listed ?? '')).toContain(`datetime="${dateOf(index)}"`);
  });

  it('gives every published release its reference on every version, in JSON-LD, in the search index and at a short address', () => {
    for (const name of published.filter((candidate) => candidate.startsWith('generated'))) {
      const index = Number(name.slice(-3));
      const reference = `NR/2020/${String(index).padStart(3, '0')}`;
      for (const locale of languagesOf(index)) {
        const html = page(atNow, releasePath(locale, name));
        // The French page sets a narrow no-break space before the colon (src/typography/).
        expect(html, name).toContain(locale === 'en' ? `Reference: ${reference}` : `Référence\u202f: ${reference}`);
        expect(html).toContain(`"identifier":"${reference}"`);
      }
      const short = atNow.get(`r/${reference.replaceAll('/', '-')}/index.html`) ?? '';
      expect(short, reference).toContain('<meta name="robots" content="noindex">');
      expect(short).toContain(`<link rel="canonical" href="https://newsroom.example.org${releasePath(languagesOf(index)[0]!, name)}">`);
      for (const locale of languagesOf(index)) expect(short).toContain(`href="${releasePath(locale, name)}"`);
      if (!withdrawn.includes(index))
        expect(
          filesMentioning(atNow, reference).some((file) => file.includes('pagefind/') && file.includes('fragment')),
          reference,
        ).toBe(true);
    }
  });
});
