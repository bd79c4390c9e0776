import { execFileSync } from 'node:child_process';
import { appendFileSync, cpSync, rmSync, writeFileSync } from 'node:fs';
import { builtSites } from './built-sites.ts';
import { cmsBackendUrl } from './cms-backend.ts';

/** A site the browser tests read: built once per run by global setup, then served on a free port. */
export interface FixtureSite {
  /** Names the site in logs and in the environment variable that carries its address. */
  name: string;
  outDir: string;
  /** Writes the site's content before the build, when it is generated. */
  prepare?: () => void;
  /** The build's environment beyond the outDir; reads the run's ports from process.env, set by global setup. */
  env: () => Record<string, string>;
}

/** The many-releases site's search full-check limit: its 45 releases are well above it. */
export const manyReleasesFullCheckLimit = 20;

/** The index-in-parts site's release of 2021, in each language: its title and text. */
export const indexInPartsNewest = [
  ['en', 'Operation 000', 'This operation opened the year.'],
  ['fr', 'Opération 000', 'Cette opération a ouvert l’année.'],
] as const;

/** The folder the under-folder site is served from, as a pull request's preview is. */
export const underFolderBase = '/pr-preview/pr-42/';

/** Links written from the site's root, in Markdown and in raw HTML, added to two seed releases of the under-folder site. */
export const underFolderLinks: Readonly<Record<string, string>> = {
  'en/interior-minister-valls-visits-interpol.md': '\nRead [all the news](/en/) or <a href="/en/browse/">browse every topic</a>.\n',
  'fr/interior-minister-valls-visits-interpol.md':
    '\nL’équipe « presse » vous répond\u00a0: lisez [la liste des communiqués](/fr/) ou <a href="/fr/parcourir/">parcourez les thèmes</a>.\n',
};

// Adding a site is one entry here and, for its own specs, one Playwright project using siteUrl(name).
// Built one after the other: two Astro builds at once would share one content cache.
export const fixtureSites: readonly FixtureSite[] = [
  {
    name: 'many-releases',
    outDir: builtSites.manyDist,
    // 45 generated releases, enough for three list pages.
    prepare: () => execFileSync('node', ['tests/fixtures/generate-releases.mjs', builtSites.manyContent, '45'], { stdio: 'inherit' }),
    // Its search reads every match word by word up to 20 (200 on a real site), so "operation", in
    // every release, shows what a word above the limit shows: counts said to be estimates.
    env: () => ({ NEWSROOM_CONTENT_DIR: builtSites.manyContent, NEWSROOM_SEARCH_FULL_CHECK_LIMIT: String(manyReleasesFullCheckLimit) }),
  },
  {
    name: 'index-in-parts',
    outDir: builtSites.indexInPartsDist,
    // The many-releases corpus and one release of 2021, its search index cut at 30 pages a part, as a
    // large archive's is at 20,000: 2021 alone (the newest part), 2020 (a year larger than a part),
    // and up to 2019 (the release of 2001). The newest part is the smallest, as after New Year.
    prepare: () => {
      execFileSync('node', ['tests/fixtures/generate-releases.mjs', builtSites.indexInPartsContent, '45'], { stdio: 'inherit' });
      for (const [locale, title, text] of indexInPartsNewest)
        writeFileSync(
          `${builtSites.indexInPartsContent}/${locale}/operation-000.md`,
          `---\ntitle: "${title}"\ndate: "2021-01-04"\ntype: news\norganisation: interpol\ntopics: [cybercrime]\n---\n\n${text}\n`,
        );
    },
    env: () => ({ NEWSROOM_CONTENT_DIR: builtSites.indexInPartsContent, NEWSROOM_SEARCH_PART_PAGES: '30' }),
  },
  {
    name: 'three-languages',
    outDir: builtSites.threeLanguagesDist,
    // A third language that lives only in the tests (tests/fixtures/languages/).
    env: () => ({
      NEWSROOM_LANGUAGES: 'tests/fixtures/languages/site-languages.ts',
      NEWSROOM_CONTENT_DIR: 'tests/fixtures/content/three-languages',
    }),
  },
  {
    name: 'french-typography',
    outDir: builtSites.frenchTypographyDist,
    // Releases written as French is typeset: ’, « », non-breaking spaces, œ and every elision.
    env: () => ({ NEWSROOM_CONTENT_DIR: 'tests/fixtures/content/french-typography' }),
  },
  {
    name: 'under-folder',
    outDir: builtSites.underFolderDist,
    // The real content, served from a folder as a pull request's preview is, with links editors write from the site's root.
    prepare: () => {
      rmSync(builtSites.underFolderContent, { recursive: true, force: true });
      cpSync('content', builtSites.underFolderContent, { recursive: true });
      for (const [file, text] of Object.entries(underFolderLinks)) appendFileSync(`${builtSites.underFolderContent}/${file}`, text);
    },
    env: () => ({ NEWSROOM_CONTENT_DIR: builtSites.underFolderContent, NEWSROOM_BASE_PATH: underFolderBase, NEWSROOM_PREVIEW: '1' }),
  },
  {
    name: 'seed',
    outDir: builtSites.seedDist,
    // The real content, built in another time zone to prove no date shifts; its /admin/ finds the CMS tests' decap-server.
    env: () => ({ TZ: 'America/Los_Angeles', NEWSROOM_CMS_LOCAL_BACKEND: cmsBackendUrl() }),
  },
];

/** The environment variable that carries a served site's address from global setup to the tests. */
export function siteNameToUrlVariable(name: string): string {
  return `E2E_URL_${name.toUpperCase().replace(/[^A-Z0-9]/g, '_')}`;
}

/** A served site's address; undefined outside a run (when Playwright only lists the tests). */
export function siteUrl(name: string): string | undefined {
  return process.env[siteNameToUrlVariable(name)];
}
