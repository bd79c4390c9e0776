import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { basePath } from '../../src/site-settings.mjs';

type Element = DefaultTreeAdapterMap['element'];
type Node = DefaultTreeAdapterMap['node'];

/** A reference from a built page to another address: a link, an image, a script, a stylesheet. */
export interface PageReference {
  tag: string;
  attribute: string;
  url: string;
  hreflang: string | undefined;
}

export interface BuiltPage {
  /** The file, relative to the built folder: `en/index.html`. */
  file: string;
  /** The address it is served at: `/en/`. */
  path: string;
  lang: string | undefined;
  ids: Set<string>;
  references: PageReference[];
}

/** The attributes that hold addresses, by element. `srcset` holds several. */
const addressAttributes: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  img: ['src', 'srcset'],
  source: ['src', 'srcset'],
  script: ['src'],
  iframe: ['src'],
  form: ['action'],
};

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  const children =
    'content' in node && node.nodeName === 'template' ? node.content.childNodes : 'childNodes' in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/** Every HTML file under the built folder. */
export function htmlFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/** `en/news/x/index.html` is served at `/en/news/x/`, `404.html` at `/404.html`: under the site's folder (NEWSROOM_BASE_PATH). */
export function fileToPath(file: string): string {
  return `${basePath}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** Reads one built page: its language, its ids and every address it refers to. */
export function readBuiltPage(siteDir: string, file: string): BuiltPage {
  const document = parse(readFileSync(join(siteDir, file), 'utf8'));
  const page: BuiltPage = {
    file: relative(siteDir, join(siteDir, file)),
    path: fileToPath(file),
    lang: undefined,
    ids: new Set(),
    references: [],
  };
  for (const element of elements(document)) {
    if (element.tagName === 'html') page.lang = attribute(element, 'lang');
    const id = attribute(element, 'id');
    if (id) page.ids.add(id);
    for (const name of addressAttributes[element.tagName] ?? []) {
      const value = attribute(element, name);
      if (value === undefined) continue;
      const urls = name === 'srcset' ? value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '') : [value];
      for (const url of urls)
        page.references.push({ tag: element.tagName, attribute: name, url, hreflang: attribute(element, 'hreflang') });
    }
  }
  return page;
}
