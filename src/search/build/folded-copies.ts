import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { locales, type Locale } from '../../i18n/locales.ts';
import { hrefToSitePath, releasesFolderPath } from '../../i18n/paths.ts';
import { foldTypography } from '../contract/normalise-text.ts';
import { fillTypographyField } from './typography-field.ts';

/** The filter SearchIndexFields.astro writes on every version of a release that exists in `locale`. */
function releaseLanguageFilter(locale: Locale): string {
  return `data-pagefind-filter="languages:${locale}"`;
}

/**
 * Copies the release pages each language's index reads into `<into>/<language>/`, and returns how
 * many each language got: the language's own pages, and the other languages' pages whose release
 * has no version in it (the language's news list shows those releases, so its search finds them
 * too). Each page is read and folded once, however many copies it has.
 *
 * The copies have their typography folded (foldTypography): Pagefind splits words at a straight
 * apostrophe but not at ’, and knows neither œ nor a non-breaking space, so it indexes the folded
 * copy (case and accents are kept); each page's typography field gives the search page the words
 * as written, to show excerpts in the release's own typography. The characters folded have no
 * meaning in HTML's syntax, so folding a whole file changes only text and attribute values. A page
 * copied into another language's index is declared in that language (`<html lang>`), as Pagefind
 * keeps one index per declared language and the reader's page loads only its own.
 */
export function copyFoldedReleases(siteDir: string, into: string): Record<Locale, number> {
  const copies = new Map<Locale, number>(locales.map((locale) => [locale, 0]));
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
      const targets = locales.filter((locale) => locale === pageLocale || !html.includes(releaseLanguageFilter(locale)));
      const folded = foldTypography(fillTypographyField(html, source));
      for (const locale of targets) {
        const target = join(into, locale, folder, relative(from, source));
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, folded.replace(`<html lang="${pageLocale}"`, `<html lang="${locale}"`));
        copies.set(locale, (copies.get(locale) ?? 0) + 1);
      }
    }
  }
  return Object.fromEntries(copies) as Record<Locale, number>;
}
