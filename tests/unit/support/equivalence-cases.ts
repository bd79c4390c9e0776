import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { locales, type Locale } from '../../../src/i18n/locales.ts';
import { releasePath } from '../../../src/i18n/paths.ts';
import { organisationIds, releaseTypes, topicIds } from '../../../src/releases/vocabulary.ts';
import type { BuiltPage } from './built-page.ts';

/** A real photo, small enough to copy into every case that needs one. */
const photoBytes = readFileSync('tests/fixtures/content/odd-but-valid/images/pangea-websites.png');

/** One generated release file, with the images it needs, and how its page must read. */
export interface EquivalenceCase {
  id: number;
  /** `valid` for a file the check must pass, else the name of what was broken in it. */
  mutation: string;
  locale: Locale;
  slug: string;
  /** Paths relative to the content folder, and their bytes. */
  files: { path: string; bytes: Uint8Array | string }[];
  /** What the page shows when the file is published as written. */
  expected: { title: string; date: string; markers: string[]; bodyImages: number; photos: number };
  /** For a broken file that still builds: how its page differs from what the editor wrote (or what refused markup it carries). */
  differs?: (page: BuiltPage | undefined) => boolean;
}

interface Release {
  title: string;
  titleYaml: string;
  date: string;
  dateYaml: string;
  type: string;
  organisation: string;
  topics: string[];
  standfirst: string | undefined;
  blocks: string[];
  markers: string[];
  bodyImages: number;
  photo: boolean;
  crlf: boolean;
  byteOrderMark: boolean;
  /** The release's life as an editor records it (reference, moment, updates, a withdrawal keeping the text), as frontmatter lines. */
  life: string[];
}

const titleCharacters = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèàçœÉÀ0123456789     :,.;\'"«»’“”&()-?!/#%*<>[]{}@$='.split(''),
  'ü',
  '€',
  '🙂',
);
const plainTitle = fc.stringMatching(/^[A-Z][a-z]{1,8}(?: [a-z]{1,8}){0,5}$/);
const richTitle = fc.string({ unit: titleCharacters, minLength: 1, maxLength: 60 }).filter((title) => title.trim() !== '');

const day = fc.record({
  year: fc.integer({ min: 1990, max: 2030 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
});
const pad = (n: number) => String(n).padStart(2, '0');

/** A date as an editor may write it: quoted at any precision, or an unquoted day or year (which YAML reads as a date or a number). */
const writtenDate = fc.oneof(
  day.map((d) => ({ iso: `${d.year}-${pad(d.month)}-${pad(d.day)}`, yaml: `"${d.year}-${pad(d.month)}-${pad(d.day)}"` })),
  day.map((d) => ({ iso: `${d.year}-${pad(d.month)}-${pad(d.day)}`, yaml: `${d.year}-${pad(d.month)}-${pad(d.day)}` })),
  day.map((d) => ({ iso: `${d.year}-${pad(d.month)}`, yaml: `"${d.year}-${pad(d.month)}"` })),
  day.map((d) => ({ iso: String(d.year), yaml: String(d.year) })),
);

const words = fc.array(fc.constantFrom('police', 'customs', 'opération', 'seized', 'réseau', 'countries', 'été', 'data', 'R&D', '3,000'), {
  minLength: 2,
  maxLength: 8,
});

/** A block of body text carrying a marker word that must reach the page. */
function block(marker: string, image: string) {
  return fc.oneof(
    words.map((w) => `${w.join(' ')} ${marker}.`),
    words.map((w) => `*${w[0]}* and **${w[1]}** with \`code\` ${marker}`),
    words.map((w) => `A [link](https://www.example.org/${w.length}) and [the news](/en/) ${marker} ${w.join(' ')}`),
    words.map((w) => `## ${w.join(' ')} ${marker}`),
    words.map((w) => `> ${w.join(' ')} ${marker}`),
    words.map((w) => `- ${w.join(' ')} ${marker}\n- ${w[0]}`),
    words.map((w) => `<abbr title="${w[0]}">${marker}</abbr> H<sub>2</sub>O and 10<sup>3</sup> ${w.join(' ')} &amp; &copy;`),
    fc.constant(`<table>\n<tr><th scope="col">Country</th><th>Arrests</th></tr>\n<tr><td>${marker}</td><td>12</td></tr>\n</table>`),
    fc.constant(`<details><summary>Background</summary>\n\nMore ${marker} here.\n\n</details>`),
    fc.constant(`![A photo of the operation](../images/${image})\n\nUnder the photo, ${marker}.`),
  );
}

function releaseArbitrary(id: number): fc.Arbitrary<Release> {
  return fc
    .record({
      title: fc.oneof(
        plainTitle.map((title) => ({ title, yaml: title })),
        richTitle.map((title) => ({ title, yaml: JSON.stringify(title) })),
      ),
      date: writtenDate,
      type: fc.constantFrom(...releaseTypes),
      organisation: fc.constantFrom(...organisationIds),
      topics: fc.uniqueArray(fc.constantFrom(...topicIds), { maxLength: 3 }),
      standfirst: fc.option(
        words.map((w) => w.join(' ')),
        { nil: undefined },
      ),
      blockCount: fc.integer({ min: 1, max: 4 }),
      photo: fc.boolean(),
      crlf: fc.boolean(),
      byteOrderMark: fc.boolean(),
      reference: fc.boolean(),
      publishAt: fc.option(fc.constantFrom('09:30+02:00', '00:00Z', '23:59-05:00', '12:00:30+01:00'), { nil: undefined }),
      update: fc.option(fc.constantFrom('minor', 'note', 'both'), { nil: undefined }),
      withdrawn: fc.boolean(),
    })
    .chain((parts) =>
      fc
        .tuple(...Array.from({ length: parts.blockCount }, (_, index) => block(`eqmark${id}x${index}`, `eq-${id}-photo.png`)))
        .map((blocks) => ({
          title: parts.title.title,
          titleYaml: parts.title.yaml,
          date: parts.date.iso,
          dateYaml: parts.date.yaml,
          type: parts.type,
          organisation: parts.organisation,
          topics: parts.topics,
          standfirst: parts.standfirst,
          blocks,
          markers: blocks.map((_, index) => `eqmark${id}x${index}`),
          bodyImages: blocks.filter((text) => text.startsWith('![')).length,
          photo: parts.photo,
          crlf: parts.crlf,
          byteOrderMark: parts.byteOrderMark,
          life: lifeLines(id, parts),
        })),
    );
}

/** Each case's own reference (unique by its id), a moment on its day, updates and a withdrawal that keeps the text: every shape valid. */
function lifeLines(
  id: number,
  parts: { date: { iso: string }; reference: boolean; publishAt: string | undefined; update: string | undefined; withdrawn: boolean },
): string[] {
  const day = parts.date.iso.length === 10 ? parts.date.iso : undefined;
  const updateLines = {
    minor: ['updates:', '  - date: "2031-01-02"', '    minor: true'],
    note: ['updates:', '  - date: 2031-01-03', `    note: "Corrected: l’« opération » ${id}"`],
    both: ['updates:', '  - { date: "2031-01-02", minor: true }', `  - { date: "2031-01-04", note: "Figures updated ${id}" }`],
  };
  return [
    ...(parts.reference ? [`reference: "NR/${parts.date.iso.slice(0, 4)}/${String(id).padStart(3, '0')}"`] : []),
    ...(day && parts.publishAt ? [`publishAt: "${day}T${parts.publishAt}"`] : []),
    ...(parts.update ? updateLines[parts.update as keyof typeof updateLines] : []),
    ...(parts.withdrawn
      ? ['withdrawn:', '  date: "2031-01-05"', `  reason: "Replaced by release ${id}’s successor"`, '  keepText: true']
      : []),
  ];
}

function releaseText(release: Release, id: number): string {
  const lines = [
    '---',
    `title: ${release.titleYaml}`,
    ...(release.standfirst ? [`standfirst: "${release.standfirst}"`] : []),
    `date: ${release.dateYaml}`,
    `type: ${release.type}`,
    `organisation: ${release.organisation}`,
    `topics: [${release.topics.join(', ')}]`,
    // The generated words mix English and French ("police réseau seized été"), as the field allows.
    'textLanguage: mixed',
    ...release.life,
    ...(release.photo ? ['photos:', `  - file: "../images/eq-${id}-photo.png"`, '    alt: "A photo"', '    caption: "The caption"'] : []),
    '---',
    '',
    release.blocks.join('\n\n'),
    '',
  ];
  const text = lines.join(release.crlf ? '\r\n' : '\n');
  return release.byteOrderMark ? `\uFEFF${text}` : text;
}

/** A change that breaks a valid release, and, when the build still succeeds, how the page then differs from the file. */
interface Mutation {
  name: string;
  apply: (text: string, id: number) => string;
  extraFiles?: (id: number) => { path: string; bytes: Uint8Array | string }[];
  /** A file name other than the slug, for mutations of the name itself. */
  rename?: (slug: string) => string;
  /** Omitted when the build must fail. `page` is the page at the address the file name gives, if the build wrote one. */
  differs?: (page: BuiltPage, id: number) => boolean;
}

const afterFrontmatter = (text: string, insert: string) => text.replace(/(\r?\n---\r?\n\r?\n)/, `$1${insert}\n\n`);
const inFrontmatter = (text: string, line: string) => text.replace(/(\r?\n)(type: )/, `$1${line}$1$2`);
const replaceLine = (text: string, field: string, line: string) => text.replace(new RegExp(`(^|\\n)${field}: [^\\r\\n]*`), `$1${line}`);

const mutations: Mutation[] = [
  // The build fails on these.
  { name: 'reference-not-nr', apply: (text) => inFrontmatter(text, 'reference: "2024-17"') },
  { name: 'update-without-note', apply: (text) => inFrontmatter(text, 'updates: [{ date: "2024-01-02" }]') },
  { name: 'moment-without-zone', apply: (text) => inFrontmatter(text, 'publishAt: "2013-01-31T09:00"') },
  { name: 'withdrawn-without-reason', apply: (text) => inFrontmatter(text, 'withdrawn: { date: "2024-01-02", keepText: false }') },
  { name: 'unclosed-quote', apply: (text) => replaceLine(text, 'title', 'title: "A quote never closed') },
  { name: 'colon-in-plain-title', apply: (text) => replaceLine(text, 'title', 'title: Operation Pangea: websites closed') },
  { name: 'missing-title', apply: (text) => text.replace(/\ntitle: [^\r\n]*\r?/, '') },
  { name: 'unknown-field', apply: (text) => inFrontmatter(text, 'summery: "A typo for standfirst"') },
  { name: 'unknown-type', apply: (text) => replaceLine(text, 'type', 'type: press-release') },
  { name: 'impossible-date', apply: (text) => replaceLine(text, 'date', 'date: "2013-02-30"') },
  { name: 'short-year', apply: (text) => replaceLine(text, 'date', 'date: "0099"') },
  { name: 'slug-field', apply: (text) => inFrontmatter(text, 'slug: another-address') },
  { name: 'unknown-tag', apply: (text) => inFrontmatter(text, 'dateline: !place LYON') },
  { name: 'duplicate-field', apply: (text) => inFrontmatter(text, 'type: news') },
  {
    name: 'photo-missing',
    apply: (text, id) => inFrontmatter(text, `photos: [{ file: "../images/eq-${id}-missing.png", alt: "A", caption: "B" }]`),
  },
  {
    name: 'photo-not-an-image',
    apply: (text, id) => inFrontmatter(text, `photos: [{ file: "../images/eq-${id}-page.jpg", alt: "A", caption: "B" }]`),
    extraFiles: (id) => [{ path: `images/eq-${id}-page.jpg`, bytes: '<html>a saved web page</html>' }],
  },
  {
    name: 'photo-empty',
    apply: (text, id) => inFrontmatter(text, `photos: [{ file: "../images/eq-${id}-empty.png", alt: "A", caption: "B" }]`),
    extraFiles: (id) => [{ path: `images/eq-${id}-empty.png`, bytes: '' }],
  },
  {
    name: 'remote-photo',
    apply: (text, id) => inFrontmatter(text, `photos: [{ file: "https://www.example.org/eq-${id}-photo.jpg", alt: "A", caption: "B" }]`),
  },
  { name: 'body-image-missing', apply: (text, id) => afterFrontmatter(text, `![A chart](../images/eq-${id}-chart.png)`) },
  // The build succeeds, and the page is not what the editor wrote, or carries what the check refuses.
  { name: 'octal-year', apply: (text) => replaceLine(text, 'date', 'date: 0o3727'), differs: (page) => page.dateTime() !== '0o3727' },
  {
    name: 'time-zone-date',
    apply: (text) => replaceLine(text, 'date', 'date: 2013-12-31T23:00:00-02:00'),
    differs: (page) => page.dateTime() !== '2013-12-31',
  },
  {
    name: 'escaped-direction-control',
    apply: (text) => replaceLine(text, 'title', 'title: "Statement \\u202Egpj.exe"'),
    differs: (page) => page.title().includes('\u202e'),
  },
  {
    name: 'unclosed-comment',
    apply: (text, id) => afterFrontmatter(text, `<!-- a note\n\nvanishing${id}`),
    differs: (page, id) => !page.bodyText().includes(`vanishing${id}`),
  },
  {
    name: 'comment',
    apply: (text, id) => afterFrontmatter(text, `Shown <!-- hidden${id} --> text.`),
    differs: (page, id) => !page.bodyText().includes(`hidden${id}`),
  },
  {
    name: 'unclosed-details',
    apply: (text, id) => afterFrontmatter(text, `<details><summary>More</summary>\n\nfolded${id}`),
    differs: (page, id) => page.insideElement(`folded${id}`, 'details'),
  },
  {
    name: 'unclosed-bold',
    apply: (text, id) => afterFrontmatter(text, `Some <b>bold\n\nnext${id} paragraph.`),
    differs: (page, id) => page.insideElement(`next${id}`, 'b'),
  },
  {
    name: 'second-frontmatter',
    apply: (text, id) => afterFrontmatter(text, `---\nswallowed${id}\n---`),
    differs: (page, id) => !page.bodyText().includes(`swallowed${id}`),
  },
  {
    name: 'unused-definition',
    apply: (text, id) => afterFrontmatter(text, `[note]: https://www.example.org/ "unseen${id}"`),
    differs: (page, id) => !page.bodyText().includes(`unseen${id}`),
  },
  {
    name: 'text-in-table',
    apply: (text, id) => afterFrontmatter(text, `<table>moved${id}<tr><td>cell</td></tr></table>`),
    differs: (page, id) => !page.insideElement(`moved${id}`, 'table'),
  },
  {
    name: 'hidden-span',
    apply: (text, id) => afterFrontmatter(text, `Visible <span hidden>hidden${id}</span>.`),
    differs: (page) => page.bodyElements().some((element) => element.attrs.some((attribute) => attribute.name === 'hidden')),
  },
  {
    name: 'script',
    apply: (text, id) => afterFrontmatter(text, `<script>window.ran${id} = true</script>`),
    differs: (page) => page.bodyElements().some((element) => element.tagName === 'script'),
  },
  {
    name: 'event-handler',
    apply: (text, id) => afterFrontmatter(text, `<details open ontoggle="window.ran${id}()"><summary>A</summary></details>`),
    differs: (page) => page.bodyElements().some((element) => element.attrs.some((attribute) => attribute.name.startsWith('on'))),
  },
  {
    name: 'javascript-link',
    apply: (text) => afterFrontmatter(text, '[click](JaVaScRiPt:alert(1))'),
    differs: (page) => page.bodyLinks().some((href) => /^\s*javascript:/i.test(href)),
  },
  {
    name: 'named-entity-link',
    apply: (text) => afterFrontmatter(text, '<a href="javascript&colon;alert(1)">click</a>'),
    differs: (page) => page.bodyLinks().some((href) => /^\s*javascript:/i.test(href)),
  },
  {
    name: 'remote-image',
    apply: (text) => afterFrontmatter(text, '![A chart](https://www.example.org/chart.png)'),
    differs: (page) => page.bodyImages().some((src) => !page.serves(src)),
  },
  {
    name: 'relative-html-image',
    apply: (text, id) => afterFrontmatter(text, `<img src="../images/eq-${id}-html.png" alt="A chart">`),
    extraFiles: (id) => [{ path: `images/eq-${id}-html.png`, bytes: photoBytes }],
    differs: (page) => page.bodyImages().some((src) => !page.serves(src)),
  },
  {
    // Astro's image service gives up on a damaged picture and serves the damaged bytes as they are, under a .webp name.
    name: 'body-image-cut-short',
    apply: (text, id) => afterFrontmatter(text, `![A chart](../images/eq-${id}-cut.png)`),
    extraFiles: (id) => [{ path: `images/eq-${id}-cut.png`, bytes: photoBytes.subarray(0, 40) }],
    differs: (page) => page.bodyImages().some((src) => page.servedBytes(src)?.equals(photoBytes.subarray(0, 40)) ?? false),
  },
  {
    name: 'image-by-reference',
    apply: (text, id) => afterFrontmatter(text, `A chart ![the chart][chart${id}] here.\n\n[chart${id}]: ../images/eq-${id}-chart.png`),
    extraFiles: (id) => [{ path: `images/eq-${id}-chart.png`, bytes: photoBytes }],
    differs: (page) => page.bodyImages().some((src) => !page.serves(src)),
  },
  // Astro's glob loader makes the page's address from the file name its own way: not where the name says.
  // No page at all at the address the name gives is the difference; a page there would be a violation.
  { name: 'capital-letters-in-name', apply: (text) => text, rename: (slug) => slug.toUpperCase(), differs: () => false },
  { name: 'dot-in-name', apply: (text) => text, rename: (slug) => `${slug}.v2`, differs: () => false },
  {
    name: 'unused-image',
    apply: (text) => text,
    extraFiles: (id) => [{ path: `images/eq-${id}-unused.png`, bytes: photoBytes }],
    differs: (page, id) => !page.siteHasFileNamed(`eq-${id}-unused`),
  },
];

export const mutationNames = mutations.map((mutation) => mutation.name);

/**
 * A broad, reproducible set of release files: valid ones drawn from the shapes editors write
 * (quoted and unquoted values, CRLF, byte order marks, Markdown and allowed HTML, photos and
 * images), and broken ones made from valid ones by one mutation each, every mutation at least once.
 */
export function generateCases(seed: number, validCount: number, brokenCount: number): EquivalenceCase[] {
  const cases: EquivalenceCase[] = [];
  const total = validCount + Math.max(brokenCount, mutations.length);
  const releases = fc.sample(fc.tuple(...Array.from({ length: total }, (_, id) => releaseArbitrary(id))), { seed, numRuns: 1 })[0] ?? [];
  const localeOf = fc.sample(fc.constantFrom(...locales), { seed: seed + 1, numRuns: total });
  releases.forEach((release, id) => {
    const locale = localeOf[id] ?? 'en';
    const mutation = id < validCount ? undefined : mutations[(id - validCount) % mutations.length];
    const slug = mutation?.rename?.(`eq-${id}-release`) ?? `eq-${id}-release`;
    const files: EquivalenceCase['files'] = [];
    if (release.photo || release.bodyImages > 0) files.push({ path: `images/eq-${id}-photo.png`, bytes: photoBytes });
    const expected = {
      title: release.title.trim(),
      date: release.date,
      markers: release.markers,
      bodyImages: release.bodyImages,
      photos: release.photo ? 1 : 0,
    };
    const text = releaseText(release, id);
    files.push({ path: `${locale}/${slug}.md`, bytes: mutation ? mutation.apply(text, id) : text });
    files.push(...(mutation?.extraFiles?.(id) ?? []));
    const differs = mutation?.differs;
    cases.push({
      id,
      mutation: mutation?.name ?? 'valid',
      locale,
      slug,
      files,
      expected,
      // A file whose page is missing from its address was not published as written.
      ...(differs ? { differs: (page: BuiltPage | undefined) => page === undefined || differs(page, id) } : {}),
    });
  });
  return cases;
}

/** The page a case's release is published at. */
export function casePagePath(testCase: EquivalenceCase): string {
  return releasePath(testCase.locale, testCase.slug);
}
