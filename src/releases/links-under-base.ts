import type { Element } from 'hast';
import { Tokenizer, type Token } from 'parse5';
import type { HastPluginDefinition } from 'satteri';
import { editorLinkToHref } from '../i18n/paths.ts';
import { basePath } from '../site-settings.mjs';

/** The attribute of each element that holds a page or file of the site; the only ones a release may write (html-rules.ts). */
const addressAttributes: Readonly<Record<string, string>> = { a: 'href', img: 'src' };

const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** Raw HTML with each site path in an `<a href>` or `<img src>` put under the site's folder, found by the HTML tokenizer (not a pattern). */
export function rawHtmlUnderBase(html: string): string {
  const edits: { start: number; end: number; text: string }[] = [];
  const ignore = () => undefined;
  const onStartTag = (token: Token.TagToken) => {
    const name = addressAttributes[token.tagName];
    const attribute = token.attrs.find((candidate) => candidate.name === name);
    const place = name ? token.location?.attrs?.[name] : undefined;
    if (!name || !attribute || !place) return;
    const href = editorLinkToHref(attribute.value);
    if (href !== attribute.value)
      edits.push({ start: place.startOffset, end: place.endOffset, text: `${name}="${escapeAttribute(href)}"` });
  };
  const handlers = { onStartTag, onEndTag: ignore, onComment: ignore, onDoctype: ignore, onEof: ignore };
  const characters = { onCharacter: ignore, onNullCharacter: ignore, onWhitespaceCharacter: ignore };
  new Tokenizer({ sourceCodeLocationInfo: true }, { ...handlers, ...characters }).write(html, true);
  return edits.reduceRight((text, edit) => text.slice(0, edit.start) + edit.text + text.slice(edit.end), html);
}

/**
 * A Markdown release's rendered HTML with its site links put under the site's folder: the one
 * reading of a file (read-release.ts) renders links as written, which the check judges and which
 * any folder can reuse; the page moves them as it shows the text. At the root there is nothing to move.
 */
export function htmlUnderBase(html: string): string {
  return basePath === '/' ? html : rawHtmlUnderBase(html);
}

/**
 * MDX releases compile to modules, not through the one reading: there the build puts links under the
 * folder as it compiles. Editors link to the site from its root (`/en/news/x/`), whatever folder a build is served from:
 * the build puts those links under NEWSROOM_BASE_PATH, in Markdown and in raw HTML alike. The
 * content check reads the text without this step, so it judges the links as written.
 */
export const linksUnderBase: HastPluginDefinition = {
  name: 'newsroom-links-under-base',
  element: {
    filter: Object.keys(addressAttributes),
    visit(node: Readonly<Element>, context) {
      const name = addressAttributes[node.tagName];
      const value = name ? node.properties[name] : undefined;
      if (name && typeof value === 'string' && editorLinkToHref(value) !== value) context.setProperty(node, name, editorLinkToHref(value));
    },
  },
  raw(node, context) {
    const html = rawHtmlUnderBase(node.value);
    if (html !== node.value) context.setProperty(node, 'value', html);
  },
};
