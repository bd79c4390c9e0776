import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { defaultTreeAdapter, parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

function* descendants(root: Node): Generator<Node> {
  const pending: Node[] = [root];
  for (let node = pending.pop(); node; node = pending.pop()) {
    yield node;
    if (defaultTreeAdapter.isElementNode(node) || node.nodeName === '#document') {
      const children = defaultTreeAdapter.getChildNodes(node as Element);
      for (let index = children.length - 1; index >= 0; index--) {
        const child = children[index];
        if (child) pending.push(child);
      }
    }
  }
}

function elements(root: Node): Element[] {
  return [...descendants(root)].filter((node): node is Element => defaultTreeAdapter.isElementNode(node));
}

const hasClass = (element: Element, name: string) =>
  element.attrs.some((attribute) => attribute.name === 'class' && attribute.value.split(/\s+/).includes(name));
const attribute = (element: Element, name: string) => element.attrs.find((candidate) => candidate.name === name)?.value;

function textOf(root: Node): string {
  return [...descendants(root)].map((node) => (defaultTreeAdapter.isTextNode(node) ? node.value : '')).join('');
}

/** The file the site serves at an address seen from a page, if any. */
function servedFile(siteDir: string, pagePath: string, src: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(src)) return undefined;
  const path = posix.normalize(src.startsWith('/') ? src : posix.join(pagePath, src)).replace(/[?#].*$/, '');
  const file = join(siteDir, decodeURI(path));
  return existsSync(file) ? file : undefined;
}

/** A built release page, read as a browser reads it, with what the equivalence test asks of it. */
export interface BuiltPage {
  title: () => string;
  dateTime: () => string | undefined;
  bodyText: () => string;
  bodyElements: () => Element[];
  bodyLinks: () => string[];
  bodyImages: () => string[];
  photoImages: () => string[];
  /** Every image of the page, with the size its attributes give. */
  allImages: () => { src: string; width: number; height: number }[];
  /** The photos' download links: where each leads and what it says. */
  photoDownloads: () => { href: string; text: string }[];
  insideElement: (text: string, tagName: string) => boolean;
  /** Whether the site serves a file at this address, as seen from the page. */
  serves: (src: string) => boolean;
  servedBytes: (src: string) => Buffer | undefined;
  siteHasFileNamed: (part: string) => boolean;
  /** The page's language, from <html lang>. */
  lang: () => string | undefined;
  /** The body's elements of one tag: their text, attributes and the tags inside them. */
  bodyTagged: (tagName: string) => { text: string; attributes: Record<string, string>; inner: string[] }[];
  /** Each link of the body with the text it gives assistive technology: its words and its images' alt text. */
  bodyLinkNames: () => { href: string; name: string }[];
}

/** What a link gives assistive technology: its text and the alt text of its images. */
function accessibleName(node: Node): string {
  if (defaultTreeAdapter.isTextNode(node)) return node.value;
  if (!defaultTreeAdapter.isElementNode(node)) return '';
  if (node.tagName === 'img') return attribute(node, 'alt') ?? '';
  return defaultTreeAdapter.getChildNodes(node).map(accessibleName).join('');
}

export function readBuiltPage(siteDir: string, pagePath: string): BuiltPage | undefined {
  const file = join(siteDir, pagePath, 'index.html');
  if (!existsSync(file)) return undefined;
  const document = parse(readFileSync(file, 'utf8'));
  const all = elements(document);
  const body = all.find((element) => hasClass(element, 'release-body'));
  const bodyElements = body ? elements(body).filter((element) => element !== body) : [];
  // The photo a release leads with (LeadPhoto.astro), then the others (ReleasePhotos.astro), in the page's order.
  const photoElements = all
    .filter((element) => hasClass(element, 'lead-photo') || hasClass(element, 'release-photos'))
    .flatMap((container) => elements(container));
  return {
    title: () => textOf(all.find((element) => element.tagName === 'h1') ?? document).trim(),
    dateTime: () => attribute(all.find((element) => element.tagName === 'time') ?? (document.childNodes[0] as Element), 'datetime'),
    bodyText: () => (body ? textOf(body) : ''),
    bodyElements: () => bodyElements,
    bodyLinks: () => bodyElements.filter((element) => element.tagName === 'a').map((element) => attribute(element, 'href') ?? ''),
    bodyImages: () => bodyElements.filter((element) => element.tagName === 'img').map((element) => attribute(element, 'src') ?? ''),
    photoImages: () => photoElements.filter((element) => element.tagName === 'img').map((element) => attribute(element, 'src') ?? ''),
    allImages: () =>
      all
        .filter((element) => element.tagName === 'img')
        .map((element) => ({
          src: attribute(element, 'src') ?? '',
          width: Number(attribute(element, 'width')),
          height: Number(attribute(element, 'height')),
        })),
    photoDownloads: () =>
      photoElements
        .filter((element) => element.tagName === 'a' && attribute(element, 'download') !== undefined)
        .map((element) => ({ href: attribute(element, 'href') ?? '', text: textOf(element).trim() })),
    insideElement: (text, tagName) => bodyElements.some((element) => element.tagName === tagName && textOf(element).includes(text)),
    serves: (src) => servedFile(siteDir, pagePath, src) !== undefined,
    servedBytes: (src) => {
      const served = servedFile(siteDir, pagePath, src);
      return served === undefined ? undefined : readFileSync(served);
    },
    siteHasFileNamed: (part) => readdirSync(siteDir, { recursive: true }).some((name) => String(name).includes(part)),
    lang: () => attribute(all.find((element) => element.tagName === 'html') ?? (document.childNodes[0] as Element), 'lang'),
    bodyTagged: (tagName) =>
      bodyElements
        .filter((element) => element.tagName === tagName)
        .map((element) => ({
          text: textOf(element),
          attributes: Object.fromEntries(element.attrs.map((candidate) => [candidate.name, candidate.value])),
          inner: elements(element)
            .filter((inner) => inner !== element)
            .map((inner) => inner.tagName),
        })),
    bodyLinkNames: () =>
      bodyElements
        .filter((element) => element.tagName === 'a')
        .map((element) => ({ href: attribute(element, 'href') ?? '', name: accessibleName(element) })),
  };
}
