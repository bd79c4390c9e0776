import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isLocale } from '../../src/i18n/locales.ts';
import { basePath } from '../../src/site-settings.mjs';
import type { BuiltPage } from './built-pages.ts';

/** The built file an address on this site is served from, or undefined when there is none (outside the site's folder, too). */
function servedFile(siteDir: string, pathname: string): string | undefined {
  if (!pathname.startsWith(basePath)) return undefined;
  const file = join(siteDir, decodeURIComponent(pathname.slice(basePath.length)));
  if (pathname.endsWith('/')) return existsSync(join(file, 'index.html')) ? join(file, 'index.html') : undefined;
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Every internal link, image or script that leads nowhere, every `#anchor` that names no element,
 * and every link into the other language that is not marked with `hreflang` (only the language
 * switch and the items marked as being in the other language may cross).
 */
export function findLinkProblems(siteDir: string, pages: BuiltPage[], siteOrigin: string): string[] {
  const pagesByPath = new Map(pages.map((page) => [page.path, page]));
  const problems: string[] = [];
  for (const page of pages) {
    const base = new URL(page.path, siteOrigin);
    for (const reference of page.references) {
      const where = `${page.file}: <${reference.tag} ${reference.attribute}="${reference.url}">`;
      if (/^\s*(javascript|data|vbscript):/i.test(reference.url)) {
        problems.push(`${where} uses a ${reference.url.split(':')[0]}: address`);
        continue;
      }
      const target = new URL(reference.url, base);
      if (target.origin !== base.origin) continue;
      if (!servedFile(siteDir, target.pathname)) {
        problems.push(`${where} leads to ${target.pathname}, which the site does not have`);
        continue;
      }
      const anchor = decodeURIComponent(target.hash.slice(1));
      const targetPage = pagesByPath.get(target.pathname);
      if (anchor && targetPage && !targetPage.ids.has(anchor))
        problems.push(`${where}: ${target.pathname} has no element with id "${anchor}"`);
      const targetLanguage = target.pathname.startsWith(basePath) ? target.pathname.slice(basePath.length).split('/')[0] : undefined;
      const crossesLanguage = page.lang && targetLanguage && isLocale(targetLanguage) && targetLanguage !== page.lang;
      if (crossesLanguage && reference.hreflang !== targetLanguage) {
        problems.push(`${where} leads into the ${targetLanguage} pages without hreflang="${targetLanguage}"`);
      }
    }
  }
  return problems;
}
