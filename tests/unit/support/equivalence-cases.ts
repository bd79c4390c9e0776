import { normaliseWords } from '../../../src/typography/normalise-words.ts';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { locales, type Locale } from '../../../src/i18n/locales.ts';
import { releasePath } from '../../../src/i18n/paths.ts';
import { componentNames, videoHosts } from '../../../src/content-checks/mdx-components.ts';
import { hasVisibleCharacter } from '../../../src/releases/visible-text.ts';
import { siteUrl } from '../../../src/site-settings.mjs';
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
  /** The site component an `.mdx` case shows, as the guides document it. */
  component?: string;
  /** Paths relative to the content folder, and their bytes. */
  files: { path: string; bytes: Uint8Array | string }[];
  /** What the page shows when the file is published as written. */
  expected: {
    title: string;
    date: string;
    markers: string[];
    bodyImages: number;
    photos: number;
    /** How the page differs from what the guides say its component renders; empty when it renders as documented. */
    documented?: (page: BuiltPage) => string[];
  };
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
  component: ComponentBlock | undefined;
}

/** A site component written as the guides show it, and how the page must render it. */
interface ComponentBlock {
  name: string;
  text: string;
  bodyImages: number;
  documented: (page: BuiltPage) => string[];
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
function block(marker: string, image: string, mdx: boolean) {
  return fc.oneof(
    words.map((w) => `${w.join(' ')} ${marker}.`),
    words.map((w) => `*${w[0]}* and **${w[1]}** with \`code\` ${marker}`),
    words.map((w) => `A [link](https://www.example.org/${w.length}) and [the news](/en/) ${marker} ${w.join(' ')}`),
    words.map((w) => `## ${w.join(' ')} ${marker}`),
    words.map((w) => `> ${w.join(' ')} ${marker}`),
    words.map((w) => `- ${w.join(' ')} ${marker}\n- ${w[0]}`),
    words.map((w) => `<abbr title="${w[0]}">${marker}</abbr> H<sub>2</sub>O and 10<sup>3</sup> ${w.join(' ')} &amp; &copy;`),
    fc.constant(`<table>\n<tr><th scope="col">Country</th><th>Arrests</th></tr>\n<tr><td>${marker}</td><td>12</td></tr>\n</table>`),
    // MDX reads a tag that opens a line as a block of its own, closed on lines of its own.
    fc.constant(
      mdx
        ? `<details>\n<summary>Background</summary>\n\nMore ${marker} here.\n\n</details>`
        : `<details><summary>Background</summary>\n\nMore ${marker} here.\n\n</details>`,
    ),
    fc.constant(`![A photo of the operation](../images/${image})\n\nUnder the photo, ${marker}.`),
  );
}

const people = fc.constantFrom('Anna Martin', 'Jürgen Stock', 'Zoé Lefèvre', 'Olúwáṣeun Adé', 'Marie-Hélène d’Arcy');
const roles = fc.constantFrom('Press officer', 'Secretary General', 'Chargée de presse', 'Porte-parole « Europe »');

/** Whether rendered text holds these words: the site sets French typography (no-break spaces in « »), the guides' words stay the same. */
const holdsWords = (text: string, words: string) => normaliseWords(text).includes(normaliseWords(words));

/** What to say when an element the guides promise is missing. */
const missing = (ok: boolean, what: string) => (ok ? [] : [what]);

/** One of the site's components with generated attributes, and the elements and text the guides say it renders. */
function componentBlock(name: string, id: number): fc.Arbitrary<ComponentBlock> {
  switch (name) {
    case 'Figure':
      return fc.record({ caption: words, credit: people }).map(({ caption, credit }) => {
        const captionText = `${caption.join(' ')} figcap${id}`;
        return {
          name,
          text: `<Figure caption="${captionText}" credit="${credit}">\n\n![A photo of the operation](../images/eq-${id}-photo.png)\n\n</Figure>`,
          bodyImages: 1,
          documented: (page) => {
            const figures = page.bodyTagged('figure').filter((figure) => holdsWords(figure.text, captionText));
            return [
              ...missing(
                figures.some((figure) => figure.inner.includes('img') && figure.inner.includes('figcaption')),
                `a <figure> holding the image and a <figcaption> "${captionText}"`,
              ),
              ...missing(
                page.bodyTagged('figcaption').some((caption) => holdsWords(caption.text, captionText) && holdsWords(caption.text, credit)),
                `the credit ${credit} in the caption`,
              ),
            ];
          },
        };
      });
    case 'PullQuote':
      return fc.record({ quote: words, person: people, role: roles }).map(({ quote, person, role }) => {
        const quoted = `« ${quote.join(' ')} » quote${id}`;
        const attribution = `${person}, ${role}`;
        return {
          name,
          text: `<PullQuote attribution="${attribution}">\n\n${quoted}\n\n</PullQuote>`,
          bodyImages: 0,
          documented: (page) => [
            ...missing(
              page.bodyTagged('figure').some((figure) => figure.inner.includes('blockquote') && holdsWords(figure.text, attribution)),
              `a <figure> with the quotation and "${attribution}"`,
            ),
            ...missing(
              page.bodyTagged('blockquote').some((quote) => holdsWords(quote.text, quoted)),
              `a <blockquote> "${quoted}"`,
            ),
            ...missing(
              page.bodyTagged('figcaption').some((caption) => holdsWords(caption.text, attribution)),
              `a <figcaption> "${attribution}"`,
            ),
          ],
        };
      });
    case 'FactBox':
      return fc.record({ title: words, facts: fc.array(words, { minLength: 1, maxLength: 4 }) }).map(({ title, facts }) => {
        const heading = `${title.join(' ')} box${id}`;
        const items = facts.map((fact, index) => `${fact.join(' ')} fact${id}x${index}`);
        return {
          name,
          text: `<FactBox title="${heading}">\n\n${items.map((item) => `- ${item}`).join('\n')}\n\n</FactBox>`,
          bodyImages: 0,
          documented: (page) => {
            const box = page.bodyTagged('aside').find((aside) => aside.attributes['aria-label'] === heading);
            return [
              ...missing(box !== undefined && holdsWords(box.text, heading), `an <aside> named and headed "${heading}"`),
              ...items.flatMap((item) =>
                missing(
                  page.bodyTagged('li').some((li) => holdsWords(li.text, item)) && box !== undefined && holdsWords(box.text, item),
                  `the fact "${item}" in it`,
                ),
              ),
            ];
          },
        };
      });
    case 'Video':
      return fc
        .record({
          host: fc.constantFrom(...(Object.keys(videoHosts) as (keyof typeof videoHosts)[])),
          youtube: fc.stringMatching(/^[A-Za-z0-9_-]{11}$/),
          vimeo: fc.stringMatching(/^[1-9]\d{5,11}$/),
          title: words,
        })
        .map(({ host, youtube, vimeo, title }) => {
          const videoId = host === 'youtube' ? youtube : vimeo;
          const titleText = `${title.join(' ')} video${id}`;
          const player = `${videoHosts[host].player}${videoId}`;
          const watch = host === 'youtube' ? `https://www.youtube.com/watch?v=${videoId}` : `https://vimeo.com/${videoId}`;
          return {
            name,
            text: `<Video host="${host}" id="${videoId}" title="${titleText}" />`,
            bodyImages: 0,
            documented: (page) => [
              ...missing(
                page.bodyTagged('iframe').some((frame) => frame.attributes['src'] === player && frame.attributes['title'] === titleText),
                `an <iframe src="${player}" title="${titleText}">`,
              ),
              ...missing(page.bodyLinks().includes(watch), `a link to ${watch}`),
              ...missing(
                page.bodyTagged('figcaption').some((caption) => holdsWords(caption.text, titleText)),
                `the title under the video`,
              ),
            ],
          };
        });
    case 'MediaContact':
      return fc
        .record({
          person: people,
          role: roles,
          reach: fc.constantFrom('phone', 'email', 'both'),
          phone: fc.constantFrom('+33 4 72 44 70 00', '+33\u00a04\u00a072\u00a044\u00a070\u00a000', '(555) 010-4477', '+44 20 7946 0958'),
          user: fc.stringMatching(/^[a-z]{2,8}$/),
        })
        .map(({ person, role, reach, phone, user }) => {
          const email = `${user}${id}@example.org`;
          const phoneShown = reach === 'email' ? undefined : phone;
          const emailShown = reach === 'phone' ? undefined : email;
          const attributes = [
            `name="${person}"`,
            `role="${role}"`,
            ...(phoneShown ? [`phone="${phoneShown}"`] : []),
            ...(emailShown ? [`email="${emailShown}"`] : []),
          ];
          return {
            name,
            text: `<MediaContact ${attributes.join(' ')} />`,
            bodyImages: 0,
            documented: (page) => {
              const card = page.bodyTagged('aside').find((aside) => holdsWords(aside.text, person) && holdsWords(aside.text, role));
              const links = page.bodyLinkNames();
              return [
                ...missing(card !== undefined, `an <aside> with ${person} and ${role}`),
                ...(phoneShown
                  ? missing(
                      links.some((link) => link.href === `tel:${phoneShown.replace(/[^\d+]/g, '')}` && link.name === phoneShown),
                      `a tel: link "${phoneShown}"`,
                    )
                  : []),
                ...(emailShown
                  ? missing(
                      links.some((link) => link.href === `mailto:${emailShown}` && link.name === emailShown),
                      `a mailto: link ${emailShown}`,
                    )
                  : []),
              ];
            },
          };
        });
    default:
      throw new Error(`No generator for the component <${name}>: add one beside the others.`);
  }
}

function releaseArbitrary(id: number, mdx: boolean, component: string | undefined): fc.Arbitrary<Release> {
  return fc
    .record({
      title: fc.oneof(
        // The number keeps two generated titles apart: the same title twice is refused as one release filed twice.
        plainTitle.map((title) => ({ title: `${title} ${id}`, yaml: `${title} ${id}` })),
        richTitle.map((title) => ({ title: `${title} ${id}`, yaml: JSON.stringify(`${title} ${id}`) })),
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
      component: component ? componentBlock(component, id) : fc.constant(undefined),
    })
    .chain((parts) =>
      fc
        .tuple(...Array.from({ length: parts.blockCount }, (_, index) => block(`eqmark${id}x${index}`, `eq-${id}-photo.png`, mdx)))
        .map((found) => (parts.component ? [...found, parts.component.text] : found))
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
          markers: blocks.slice(0, parts.blockCount).map((_, index) => `eqmark${id}x${index}`),
          bodyImages: blocks.filter((text) => text.startsWith('![')).length + (parts.component?.bodyImages ?? 0),
          photo: parts.photo,
          crlf: parts.crlf,
          byteOrderMark: parts.byteOrderMark,
          life: lifeLines(id, parts),
          component: parts.component,
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
  /** The broken file, from the valid one; bytes for a file that is not UTF-8. */
  apply: (text: string, id: number, locale: Locale) => string | Uint8Array;
  extraFiles?: (id: number, text: string, locale: Locale) => { path: string; bytes: Uint8Array | string }[];
  /** A file name other than the slug, for mutations of the name itself. */
  rename?: (slug: string) => string;
  /** Written as `.mdx`: the build's guard must stop it. */
  mdx?: boolean;
  /** Omitted when the build must fail. `page` is the page at the address the file name gives, if the build wrote one. */
  differs?: (page: BuiltPage, id: number, locale: Locale) => boolean;
}

const afterFrontmatter = (text: string, insert: string) => text.replace(/(\r?\n---\r?\n\r?\n)/, `$1${insert}\n\n`);
const inFrontmatter = (text: string, line: string) => text.replace(/(\r?\n)(type: )/, `$1${line}$1$2`);
/** One of several forms of a mutation, chosen by the case's number, so a run tries each. */
const formOf = <T>(forms: readonly T[], id: number): T => forms[id % forms.length] as T;
const bodyOf = (text: string) => text.replace(/^[^]*?\r?\n---\r?\n/, '');

/** A paragraph plainly in one language, to file under another language's folder. */
const paragraphs: Readonly<Record<string, string>> = {
  en: 'The minister visited the headquarters of the Organization on 12 March, where he met the Secretary General. “Cooperation between our services has never been more necessary,” he told the representatives of the member countries. The talks covered the fight against organized crime, cybercrime and the trafficking of cultural goods, and the next steps of the joint programme.',
  fr: 'Le ministre de l’Intérieur s’est rendu au siège de l’Organisation le 12\u00a0mars, où il a rencontré le Secrétaire général. « La coopération entre nos services n’a jamais été aussi nécessaire\u00a0», a-t-il déclaré devant les représentants des pays membres. Les échanges ont porté sur la lutte contre la criminalité organisée, la cybercriminalité et le trafic de biens culturels.',
};
/** A paragraph in a language other than the folder's, whatever the site's languages are. */
function otherLanguage(locale: Locale): { language: string; text: string } {
  const language = Object.keys(paragraphs).find((candidate) => candidate !== locale);
  const text = language ? paragraphs[language] : undefined;
  if (!language || !text) throw new Error(`No paragraph in a language other than ${locale}: add one to \`paragraphs\`.`);
  return { language, text };
}

/** The page a release of this slug is published at, as a file of the built site. */
const pageFile = (locale: Locale, slug: string) => `${releasePath(locale, slug)}index.html`;

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
  {
    name: 'top-level-heading',
    apply: (text, id) =>
      afterFrontmatter(text, formOf([`# Second title ${id}`, `Second title ${id}\n===`, `#   Second title ${id} #`], id)),
    differs: (page) => page.bodyElements().some((element) => element.tagName === 'h1'),
  },
  {
    name: 'unused-footnote',
    apply: (text, id) => afterFrontmatter(text, `A fact.\n\n[^${formOf(['1', 'note', 'Source'], id)}${id}]: unseenfoot${id}`),
    differs: (page, id) => !page.bodyText().includes(`unseenfoot${id}`),
  },
  {
    name: 'own-site-dead-link',
    apply: (text, id, locale) => {
      const origin = formOf([siteUrl, siteUrl.toUpperCase(), siteUrl.replace('://', '://www.').replace('https:', 'http:')], id);
      return afterFrontmatter(text, `See [the news](${origin}${releasePath(locale, `eq-${id}-gone`)}).`);
    },
    differs: (page, id, locale) =>
      page.bodyLinks().some((href) => href.includes(`eq-${id}-gone`)) && !page.serves(pageFile(locale, `eq-${id}-gone`)),
  },
  {
    name: 'development-address-link',
    apply: (text, id, locale) =>
      afterFrontmatter(
        text,
        `See [the draft](${formOf([`http://localhost:4321/${locale}/`, 'http://127.0.0.1:8080/', 'https://192.168.1.20/report.pdf', 'http://intranet/', 'http://[::1]/', 'http://printer.local/'], id)}).`,
      ),
    differs: (page) => page.bodyLinkNames().some((link) => link.name === 'the draft'),
  },
  {
    name: 'nameless-link',
    apply: (text, id) =>
      afterFrontmatter(
        text,
        formOf(
          [
            `See [](https://www.example.org/nameless${id}).`,
            `See <a href="https://www.example.org/nameless${id}"> </a>.`,
            `See <a href="https://www.example.org/nameless${id}"><img src="/logo.svg" alt=""></a>.`,
            `See [\u200b](https://www.example.org/nameless${id}).`,
            `See <a href="https://www.example.org/nameless${id}"></a>.`,
          ],
          id,
        ),
      ),
    differs: (page, id) => page.bodyLinkNames().some((link) => link.href.includes(`nameless${id}`) && !hasVisibleCharacter(link.name)),
  },
  {
    name: 'private-use-character',
    apply: (text, id) =>
      afterFrontmatter(text, `${formOf(['\uf0b7', '\uf0a7', '\u{f0001}'], id)} A bullet pasted from Word, puamark${id}.`),
    differs: (page) => /[\ue000-\uf8ff\u{f0000}-\u{ffffd}\u{100000}-\u{10fffd}]/u.test(page.bodyText()),
  },
  // The schema refuses a title readers cannot see: the build stops.
  {
    name: 'invisible-title',
    apply: (text, id) => replaceLine(text, 'title', `title: "${formOf(['\\u200B', ' \\u200D\\u00A0', '\\u2800', '\\u00AD\\u200B'], id)}"`),
  },
  {
    name: 'no-text',
    apply: (text, id) => text.slice(0, text.length - bodyOf(text).length) + formOf(['', '\n\n   \n', '\n\u200b\n', '\n***\n'], id),
    differs: (page) => page.bodyText().trim() === '',
  },
  {
    name: 'broken-utf8',
    apply: (text, id) => {
      const [before, after] = [text.slice(0, text.length - bodyOf(text).length), bodyOf(text)];
      const broken = formOf([[0xed, 0xa0, 0x80], [0xc3], [0xc0, 0xaf], [0xff, 0xfe], [0xe2, 0x82]], id);
      return Buffer.concat([Buffer.from(`${before}Broken `), Buffer.from(broken), Buffer.from(` utf8mark${id}.\n\n${after}`)]);
    },
    differs: (page, id) => page.bodyText().includes('\ufffd') || !page.bodyText().includes(`utf8mark${id}`),
  },
  {
    name: 'wrong-language',
    // Without the generated files' textLanguage: mixed, which would rightly let any language through.
    apply: (text, _id, locale) => afterFrontmatter(text.replace(/^textLanguage: mixed\r?\n/m, ''), otherLanguage(locale).text),
    // Published under the folder's language, though written in another.
    differs: (page, _id, locale) =>
      page.lang()?.split('-')[0] === locale && page.bodyText().includes(otherLanguage(locale).text.slice(0, 40)),
  },
  {
    name: 'duplicate-release',
    apply: (text) => text,
    // The same file again, or the same text spaced differently under another title.
    extraFiles: (id, text, locale) => [
      {
        path: `${locale}/eq-${id}-copy.md`,
        // Without the reference, which the copy would share: that is the check's other refusal, and /r/ would be written twice.
        bytes: formOf(
          [text, replaceLine(text, 'title', `title: "Copy ${id}"`).replace(/(\r?\n)(\r?\n)(?=[^]*$)/g, '$1$1$2')].map((copy) =>
            copy.replace(/^reference: .*\r?\n/m, ''),
          ),
          id,
        ),
      },
    ],
    differs: (page, id, locale) => page.serves(pageFile(locale, `eq-${id}-copy`)),
  },
  // An .mdx file with code in it: the check refuses it, and the build's guard stops the build.
  {
    name: 'mdx-import',
    mdx: true,
    apply: (text, id) =>
      afterFrontmatter(
        text,
        formOf(
          ["import fs from 'node:fs'", 'import { env } from "node:process"', `import Secret${id} from '../../src/pages/index.astro'`],
          id,
        ),
      ),
  },
  {
    name: 'mdx-export',
    mdx: true,
    apply: (text, id) =>
      afterFrontmatter(
        text,
        formOf([`export const secret${id} = process.env.HOME`, 'export default function Layout() { return null }'], id),
      ),
  },
  {
    name: 'mdx-expression',
    mdx: true,
    apply: (text, id) =>
      afterFrontmatter(
        text,
        formOf(
          [
            `Home is {process.env.HOME} here.`,
            `{${id} + 1}`,
            `<abbr title={process.env.HOME}>HOME</abbr>`,
            `{/* a note ${id} */}`,
            'Text {`template`} here.',
          ],
          id,
        ),
      ),
  },
  {
    name: 'mdx-spread',
    mdx: true,
    apply: (text, id) =>
      afterFrontmatter(text, formOf([`<abbr {...{ title: 'x${id}' }}>X</abbr>`, '<PullQuote {...props}>\n\nWords.\n\n</PullQuote>'], id)),
  },
  {
    name: 'mdx-unknown-component',
    mdx: true,
    apply: (text, id) =>
      afterFrontmatter(
        text,
        formOf(
          [
            `<Secret${id} />`,
            '<Figur caption="A" credit="B" />',
            '<Fragment set:html="<b>x</b>" />',
            '<script>alert(1)</script>',
            '<iframe src="https://www.example.org/" />',
          ],
          id,
        ),
      ),
  },
  {
    name: 'mdx-event-handler',
    mdx: true,
    apply: (text, id) =>
      afterFrontmatter(
        text,
        formOf(
          [
            `<div onClick="alert(${id})">Click.</div>`,
            '<abbr onmouseover="alert(1)">X</abbr>',
            '<details open ontoggle="alert(1)">\n<summary>A</summary>\n</details>',
          ],
          id,
        ),
      ),
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
  const mutationOf = (id: number) => (id < validCount ? undefined : mutations[(id - validCount) % mutations.length]);
  // Every third valid file is .mdx and shows one of the site's components, each in turn.
  const componentOf = (id: number) =>
    id < validCount && id % 3 === 2 ? componentNames[Math.floor(id / 3) % componentNames.length] : undefined;
  const isMdx = (id: number) => componentOf(id) !== undefined || (mutationOf(id)?.mdx ?? false);
  const releases =
    fc.sample(fc.tuple(...Array.from({ length: total }, (_, id) => releaseArbitrary(id, isMdx(id), componentOf(id)))), {
      seed,
      numRuns: 1,
    })[0] ?? [];
  const localeOf = fc.sample(fc.constantFrom(...locales), { seed: seed + 1, numRuns: total });
  releases.forEach((release, id) => {
    const locale = localeOf[id] ?? 'en';
    const mutation = mutationOf(id);
    const slug = mutation?.rename?.(`eq-${id}-release`) ?? `eq-${id}-release`;
    const files: EquivalenceCase['files'] = [];
    if (release.photo || release.bodyImages > 0) files.push({ path: `images/eq-${id}-photo.png`, bytes: photoBytes });
    const documented = release.component?.documented;
    const expected = {
      title: release.title.trim(),
      date: release.date,
      markers: release.markers,
      bodyImages: release.bodyImages,
      photos: release.photo ? 1 : 0,
      ...(documented ? { documented } : {}),
    };
    const text = releaseText(release, id);
    files.push({ path: `${locale}/${slug}${isMdx(id) ? '.mdx' : '.md'}`, bytes: mutation ? mutation.apply(text, id, locale) : text });
    files.push(...(mutation?.extraFiles?.(id, text, locale) ?? []));
    const differs = mutation?.differs;
    cases.push({
      id,
      mutation: mutation?.name ?? 'valid',
      locale,
      slug,
      ...(release.component ? { component: release.component.name } : {}),
      files,
      expected,
      // A file whose page is missing from its address was not published as written.
      ...(differs ? { differs: (page: BuiltPage | undefined) => page === undefined || differs(page, id, locale) } : {}),
    });
  });
  return cases;
}

/** The page a case's release is published at. */
export function casePagePath(testCase: EquivalenceCase): string {
  return releasePath(testCase.locale, testCase.slug);
}
