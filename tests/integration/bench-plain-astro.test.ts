import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap } from 'parse5';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { generateCorpus } from '../../scripts/bench/generate-corpus.ts';
import { buildPlainAstroSite, type PlainBuild } from '../../scripts/bench/plain-astro-build.ts';
import { plainPagefindFailure } from '../../scripts/bench/plain-pagefind.ts';
import { processKinds } from '../../scripts/bench/run-build.ts';

// The bench's yardstick (scripts/bench/plain-astro-build.ts) built for real on a generated corpus
// of 24 pairs and 6 French-only releases, with a hand-written French release beside them.
const folder = '.e2e/bench-plain-astro';
const contentDir = `${folder}/content`;
const siteDir = `${folder}/site`;
const locales = ['en', 'fr'] as const;

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function* descendants(node: Node): Generator<Node> {
  yield node;
  if (defaultTreeAdapter.isElementNode(node) || node.nodeName === '#document')
    for (const child of defaultTreeAdapter.getChildNodes(node as Element)) yield* descendants(child);
}

/** A built page as a browser reads it: its elements of one tag, their text, their attributes. */
function readPage(file: string) {
  const document = parse(readFileSync(file, 'utf8'));
  const all = [...descendants(document)].filter((node): node is Element => defaultTreeAdapter.isElementNode(node));
  const textOf = (node: Node) => [...descendants(node)].map((each) => (defaultTreeAdapter.isTextNode(each) ? each.value : '')).join('');
  const attribute = (element: Element, name: string) => element.attrs.find((candidate) => candidate.name === name)?.value;
  return {
    texts: (tag: string) => all.filter((element) => element.tagName === tag).map(textOf),
    attributes: (tag: string, name: string) => all.filter((element) => element.tagName === tag).map((element) => attribute(element, name)),
  };
}

/** Each release file of the corpus: its language, slug, and the title its frontmatter gives. */
function corpusReleases(dir: string): { locale: string; slug: string; title: string }[] {
  return locales.flatMap((locale) =>
    readdirSync(join(dir, locale)).map((name) => {
      const [, frontmatter = ''] = readFileSync(join(dir, locale, name), 'utf8').split(/^---$/m);
      const { title } = parseYaml(frontmatter) as { title: string };
      return { locale, slug: name.replace(/\.md$/, ''), title };
    }),
  );
}

// Typographic apostrophe, « » with no-break spaces, a narrow no-break space in a number.
const frenchTitle = 'L’équipe « Nord » compte 1\u202f200 agents';
const frenchRelease = `---\ntitle: "${frenchTitle}"\ndate: "2024-06"\n---\n\nL’équipe a déclaré\u00a0: «\u00a0Nous sommes prêts\u00a0».\n`;

let build: PlainBuild;
let releases: ReturnType<typeof corpusReleases>;

beforeAll(async () => {
  await generateCorpus(contentDir, 24);
  writeFileSync(join(contentDir, 'fr', 'l-equipe-nord.md'), frenchRelease);
  releases = corpusReleases(contentDir);
  build = await buildPlainAstroSite(contentDir, siteDir);
}, 120_000);

describe('the bench’s plain Astro + Pagefind yardstick', () => {
  it('builds the corpus and times both steps, with the peak of Astro’s and Pagefind’s processes', () => {
    expect(build.exitCode, build.logTail?.join('\n')).toBe(0);
    expect(build.failedStep).toBeUndefined();
    expect(build.astro.totalSeconds).toBeGreaterThan(0);
    expect(build.pagefind?.totalSeconds).toBeGreaterThan(0);
    expect(build.totalSeconds).toBeCloseTo(build.astro.totalSeconds + build.pagefind!.totalSeconds, 1);
    expect(build.processPeakRssBytes[processKinds.astro]).toBeGreaterThan(50 * 1024 ** 2);
    expect(build.processPeakRssBytes[processKinds.pagefind]).toBeGreaterThan(0);
    // Astro's phases are found in its log: the time is not all folded into the last one.
    expect(build.astro.phases['pages (static paths and rendering)']).toBeDefined();
    expect(build.pagefind?.phases['build and write the index']).toBeDefined();
  });

  it('writes every release at /<locale>/<slug>/, in a page of its language with its title', () => {
    expect(releases.length).toBe(24 * 2 + 6 + 1);
    for (const { locale, slug, title } of releases) {
      const page = readPage(join(siteDir, 'dist', locale, slug, 'index.html'));
      expect(page.attributes('html', 'lang')).toEqual([locale]);
      expect(page.texts('h1')).toEqual([title]);
      expect(page.texts('title')).toEqual([title]);
    }
    expect(readPage(join(siteDir, 'dist', 'fr', 'l-equipe-nord', 'index.html')).texts('h1')).toEqual([frenchTitle]);
  });

  it('lists each language’s releases 20 a page, newest first, each once, with its title and date', () => {
    for (const locale of locales) {
      const ours = releases.filter((release) => release.locale === locale);
      const pages = Math.ceil(ours.length / 20);
      const listed = Array.from({ length: pages }, (_, index) =>
        readPage(join(siteDir, 'dist', locale, index === 0 ? '' : String(index + 1), 'index.html')),
      );
      const titles = listed.flatMap((page) => page.texts('a').filter((text) => text !== 'Newer' && text !== 'Older'));
      expect(listed.map((page) => page.texts('li').length)).toEqual([...Array(pages - 1).fill(20), ours.length - 20 * (pages - 1)]);
      expect(titles.toSorted()).toEqual(ours.map((release) => release.title).toSorted());
      const dates = listed.flatMap((page) => page.attributes('time', 'datetime')).map((date) => Date.parse(date ?? ''));
      expect(dates).toHaveLength(ours.length);
      expect(dates).toEqual(dates.toSorted((a, b) => b - a));
    }
  });

  it('indexes both languages with Pagefind, every page of each', () => {
    const entry = JSON.parse(readFileSync(join(siteDir, 'dist', 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const counts = Object.fromEntries(Object.entries(entry.languages).map(([language, { page_count }]) => [language, page_count]));
    const listPages = (locale: string) => Math.ceil(releases.filter((release) => release.locale === locale).length / 20);
    expect(counts).toEqual(
      Object.fromEntries(
        locales.map((locale) => [locale, releases.filter((release) => release.locale === locale).length + listPages(locale)]),
      ),
    );
    expect(build.output.pages).toBe(releases.length + listPages('en') + listPages('fr'));
  });
});

describe('a corpus with a broken file makes a failed run, recorded rather than thrown', () => {
  const brokenFiles = {
    'no title': `---\ndate: "2024-03-01"\n---\n\nLe texte d’un communiqué sans titre.\n`,
    'a date that is no date': `---\ntitle: "L’avis « urgent »"\ndate: "bientôt"\n---\n\nTexte.\n`,
    'frontmatter that is no YAML': `---\ntitle: "L’avis « urgent »\ndate: [2024\n---\n\nTexte.\n`,
  };
  for (const [kind, text] of Object.entries(brokenFiles)) {
    it(`${kind}: Astro’s exit code, its seconds, its peak and its last lines naming the file; Pagefind not run`, async () => {
      const dir = `${folder}/broken-${kind.replaceAll(' ', '-')}`;
      await generateCorpus(`${dir}/content`, 3);
      writeFileSync(`${dir}/content/fr/communique-casse.md`, text);
      const failed = await buildPlainAstroSite(`${dir}/content`, `${dir}/site`);
      expect(failed.exitCode).not.toBe(0);
      expect(failed.failedStep).toBe('astro build');
      expect(failed.pagefind).toBeUndefined();
      expect(failed.totalSeconds).toBeGreaterThan(0);
      expect(failed.processPeakRssBytes[processKinds.astro]).toBeGreaterThan(0);
      expect(failed.logTail?.join('\n')).toContain('communique-casse');
    }, 60_000);
  }
});

describe('plain Pagefind, the yardstick for search bytes, when it fails', () => {
  // Real failures of a real process, as execFileSync reports them: the bench then writes its table.
  const failureOf = (script: string) => {
    try {
      execFileSync('sh', ['-c', script], { stdio: 'ignore' });
    } catch (error) {
      return plainPagefindFailure(error);
    }
    throw new Error(`${script} did not fail`);
  };

  it('says the system killed it, out of memory, or the code it exited with', () => {
    expect(failureOf('kill -KILL $$')).toBe('Pagefind was killed by SIGKILL (the system, out of memory: one index of every page)');
    expect(failureOf('kill -TERM $$')).toBe('Pagefind was killed by SIGTERM');
    expect(failureOf('exit 3')).toBe('Pagefind exited with code 3');
  });
});
