import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locales, type Locale } from '../../i18n/locales.ts';
import { hrefToSitePath, releasesFolderPath } from '../../i18n/paths.ts';
import { foldTypography } from '../contract/normalise-text.ts';
import { buildVersionOf } from '../../integrations/build-version.ts';
import { fillTypographyField } from './typography-field.ts';

/** The filter SearchIndexFields.astro writes on every version of a release that exists in `locale`. */
function releaseLanguageFilter(locale: Locale): string {
  return `data-pagefind-filter="languages:${locale}"`;
}

/** What the folded copies are made with besides the pages: this project's code and the Node that runs it. */
export function foldingCodeIdentity(): string {
  const project = fileURLToPath(new URL('../../../', import.meta.url));
  return `${process.version} ${buildVersionOf(['src', 'package-lock.json'].map((path) => join(project, path)))}`;
}

/** Which page each kept copy was made from (the hash of its bytes) and its release's year, and by which code. */
interface FoldedManifest {
  code: string;
  copies: Record<string, { page: string; year: number | undefined }>;
}

const manifestName = 'manifest.json';

/** The last run's manifest, taken away first: copies written by a run cut short are never trusted. */
function takeManifest(into: string, code: string): FoldedManifest['copies'] {
  const file = join(into, manifestName);
  let manifest: FoldedManifest | undefined;
  try {
    manifest = JSON.parse(readFileSync(file, 'utf8')) as FoldedManifest;
  } catch {
    manifest = undefined;
  }
  rmSync(file, { force: true });
  if (manifest?.code === code) return manifest.copies;
  // Other code may fold otherwise: none of its copies is kept.
  rmSync(into, { recursive: true, force: true });
  return {};
}

/**
 * Copies the release pages each language's index reads into `<into>/<language>/`, and returns how
 * many each language got: the language's own pages, and the other languages' pages whose release
 * has no version in it (the language's news list shows those releases, so its search finds them
 * too). Each page is read and folded once, however many copies it has, and `into` is kept between
 * builds: a copy made by the same code from the same bytes is left as it is (a rebuild writes only
 * the pages that changed), and a copy whose page is gone is deleted.
 *
 * The copies have their typography folded (foldTypography): Pagefind splits words at a straight
 * apostrophe but not at ’, and knows neither œ nor a non-breaking space, so it indexes the folded
 * copy (case and accents are kept); each page's typography field gives the search page the words
 * as written, to show excerpts in the release's own typography. The characters folded have no
 * meaning in HTML's syntax, so folding a whole file changes only text and attribute values. A page
 * copied into another language's index is declared in that language (`<html lang>`), as Pagefind
 * keeps one index per declared language and the reader's page loads only its own.
 */
export function copyFoldedReleases(siteDir: string, into: string, code: string): Map<Locale, FoldedCopy[]> {
  const kept = takeManifest(into, code);
  const copies: FoldedManifest['copies'] = {};
  for (const pageLocale of locales) {
    const folder = hrefToSitePath(releasesFolderPath(pageLocale)).slice(1);
    const from = join(siteDir, folder);
    // Synchronous reads and writes: awaiting each of some 50,000 small files through the thread
    // pool took most of the copy's time (README, "Performance"). A missing folder has no pages.
    const entries = existsSync(from) ? readdirSync(from, { withFileTypes: true, recursive: true }) : [];
    for (const entry of entries) {
      if (!entry.isFile() || !entry.name.endsWith('.html')) continue;
      const source = join(entry.parentPath, entry.name);
      const html = readFileSync(source, 'utf8');
      const page = createHash('sha256').update(html).digest('base64');
      const year = indexedYear(html, source);
      let folded: string | undefined;
      for (const locale of locales) {
        if (locale !== pageLocale && html.includes(releaseLanguageFilter(locale))) continue;
        const copy = posix.join(locale, folder, relative(from, source).split(sep).join('/'));
        copies[copy] = { page, year };
        if (kept[copy]?.page === page) continue;
        folded ??= foldTypography(fillTypographyField(html, source));
        const target = join(into, copy);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, folded.replace(`<html lang="${pageLocale}"`, `<html lang="${locale}"`));
      }
    }
  }
  for (const copy of Object.keys(kept)) if (!(copy in copies)) rmSync(join(into, copy), { force: true });
  // Last: the manifest vouches only for copies already written.
  mkdirSync(into, { recursive: true });
  writeFileSync(join(into, manifestName), JSON.stringify({ code, copies } satisfies FoldedManifest));
  const byLanguage = new Map(locales.map((locale) => [locale, [] as FoldedCopy[]]));
  for (const [copy, { page, year }] of Object.entries(copies).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    byLanguage.get(copy.slice(0, copy.indexOf('/')))!.push({ copy, page, year });
  return byLanguage;
}

/** One folded copy: its path under the copies' folder (`en/en/news/x/index.html`), its page's hash, and its release's year. */
export interface FoldedCopy {
  copy: string;
  page: string;
  /** Undefined for a page Pagefind does not index (it has no `data-pagefind-body`). */
  year: number | undefined;
}

/**
 * A copy is made from its page's bytes by the code, so the pages' hashes name the copies: a search
 * bundle's cache key comes from them, without reading the copies again.
 */
export function foldedCopiesHash(copies: readonly FoldedCopy[], code: string): string {
  const hash = createHash('sha256').update(code);
  for (const { copy, page } of copies) hash.update('\0').update(copy).update('\0').update(page);
  return hash.digest('hex');
}

const yearFilter = 'data-pagefind-filter="year:';

/**
 * The year a release page gives the index (SearchIndexFields.astro writes it as a filter), which
 * decides the index's part it goes into (index-parts.ts).
 */
function indexedYear(html: string, file: string): number | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const at = html.indexOf(yearFilter);
  const value = at === -1 ? '' : html.slice(at + yearFilter.length, html.indexOf('"', at + yearFilter.length));
  if (!/^\d{4}$/.test(value))
    throw new Error(
      `${file} is indexed for search but has no year filter (data-pagefind-filter="year:…"): SearchIndexFields.astro writes one.`,
    );
  return Number(value);
}
