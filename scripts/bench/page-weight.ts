/**
 * What a built page costs a reader before any interaction: its HTML, the stylesheets and
 * scripts it loads (following each script's static imports), the fonts its CSS declares, and
 * the size of the HTML around the release text. Shared by the benchmark and the budget test.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface PageWeight {
  html: number;
  css: number;
  js: number;
  /** What a reader downloads: each file gzipped, as static hosts and CDNs serve them. */
  transferred: { html: number; css: number; js: number };
  /** HTML bytes outside the release text (`data-pagefind-body` element's paragraphs). */
  htmlAroundText: number;
  fonts: string[];
  /** `<img>` tags missing a width or a height. */
  imagesWithoutSize: string[];
}

const attribute = (tag: string, name: string) =>
  new RegExp(`\\s${name}=(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find((value) => value !== undefined);

function fileOf(siteDir: string, url: string): string {
  return join(siteDir, url.replace(/[?#].*$/, ''));
}

/** A script's bytes plus those of every module it imports statically (Vite's shared chunks). */
function scriptTexts(siteDir: string, url: string, seen: Set<string>): string[] {
  if (seen.has(url)) return [];
  seen.add(url);
  const text = readFileSync(fileOf(siteDir, url), 'utf8');
  const texts = [text];
  for (const [, imported] of text.matchAll(/(?:^|[;}\s])import\s*(?:[\w{},*\s$]+from\s*)?["']([^"']+)["']/g)) {
    if (imported) texts.push(...scriptTexts(siteDir, new URL(imported, `http://site${url}`).pathname, seen));
  }
  return texts;
}

const bytesOf = (texts: string[]) => texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0);
const gzippedBytesOf = (texts: string[]) => texts.reduce((sum, text) => sum + gzipSync(text).length, 0);

/** The bytes of the release text: the paragraphs inside the release body. */
function releaseTextBytes(html: string): number {
  const body = /<div class="release-body"[^>]*>([\s\S]*?)<\/div>/.exec(html)?.[1] ?? '';
  return Buffer.byteLength(body);
}

export function pageWeight(siteDir: string, htmlFile: string): PageWeight {
  const html = readFileSync(htmlFile, 'utf8');
  const tags = html.match(/<(?:link|script|img)\b[^>]*>/gi) ?? [];
  const css: string[] = [];
  const js: string[] = [];
  const fonts: string[] = [];
  const imagesWithoutSize: string[] = [];
  const seenScripts = new Set<string>();
  for (const style of html.match(/<style\b[^>]*>[\s\S]*?<\/style>/gi) ?? []) css.push(style);
  for (const tag of tags) {
    const rel = attribute(tag, 'rel') ?? '';
    const href = attribute(tag, 'href');
    const src = attribute(tag, 'src');
    if (tag.startsWith('<link') && href?.startsWith('/') && /\bstylesheet\b/.test(rel)) {
      const text = readFileSync(fileOf(siteDir, href), 'utf8');
      css.push(text);
      for (const [, font] of text.matchAll(/url\(["']?([^"')]+\.(?:woff2?|ttf|otf|eot))/g)) if (font) fonts.push(font);
    } else if (tag.startsWith('<link') && href?.startsWith('/') && /\bmodulepreload\b/.test(rel)) {
      js.push(...scriptTexts(siteDir, href, seenScripts));
    } else if (tag.startsWith('<script') && src?.startsWith('/')) {
      js.push(...scriptTexts(siteDir, src, seenScripts));
    } else if (tag.startsWith('<img') && (!attribute(tag, 'width') || !attribute(tag, 'height'))) {
      imagesWithoutSize.push(tag);
    }
  }
  // Inline scripts other than data (JSON-LD, templates) run before search too.
  for (const [script, type] of html.matchAll(/<script\b(?:[^>]*\stype="([^"]*)")?[^>]*>[\s\S]*?<\/script>/gi)) {
    if (!/\ssrc=/.test(script.slice(0, script.indexOf('>'))) && (!type || type === 'module')) js.push(script);
  }
  const htmlBytes = Buffer.byteLength(html);
  return {
    html: htmlBytes,
    css: bytesOf(css),
    js: bytesOf(js),
    transferred: { html: gzippedBytesOf([html]), css: gzippedBytesOf(css), js: gzippedBytesOf(js) },
    htmlAroundText: htmlBytes - releaseTextBytes(html),
    fonts,
    imagesWithoutSize,
  };
}

/** Every release page of a built site, with its HTML size. */
export function releasePages(siteDir: string): { file: string; bytes: number }[] {
  const pages = [];
  for (const folder of ['en/news', 'fr/actualites']) {
    for (const slug of readdirSync(join(siteDir, folder))) {
      const file = join(siteDir, folder, slug, 'index.html');
      pages.push({ file, bytes: statSync(file).size });
    }
  }
  return pages;
}
