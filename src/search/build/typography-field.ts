/**
 * Fills each release page's typography field (SearchIndexFields.astro) in the copy the index reads,
 * with the units of its indexed text that folding changes (contract/typography-units.ts), so the
 * search page can show excerpts as the release writes them.
 */
import { textToAsciiHtml } from '../contract/normalise-text.ts';
import { textToTypographyUnits, typographyUnitsToField, typographyFieldElement } from '../contract/typography-units.ts';

/** Elements Pagefind reads as apart from their neighbours, so their text never runs into the next one's. */
const blockTags = new Set(
  'address article aside blockquote br dd details div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(
    ' ',
  ),
);
const namedReferences: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** `&amp;`, `&#8217;`, `&#x2019;` -> their characters; an unknown name stays as written. */
function decodeReferences(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#')) {
      const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isInteger(code) && code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return namedReferences[name.toLowerCase()] ?? whole;
  });
}

/**
 * How a listed release's article opens (ReleaseLayout.astro; a withdrawn one has no
 * data-pagefind-body): as an element, which a release's escaped text cannot spell, where the bare
 * attribute name can be a word of the text.
 */
export const indexedArticle = '<article class="release" data-pagefind-body>';

/**
 * The text of the page's indexed part (its `data-pagefind-body` element, an `<article>`), as the
 * index sees it closely enough to find its words: tags of block elements read as a space, others as
 * nothing. This reads the site's own output, not editors' HTML; a unit too many only costs bytes.
 */
export function releaseHtmlToIndexedText(html: string): string {
  const start = html.indexOf(indexedArticle);
  if (start === -1) return '';
  const end = html.indexOf('</article>', start);
  const part = html.slice(start + indexedArticle.length, end === -1 ? undefined : end);
  const text = part
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>/g, (_tag, name: string) => (blockTags.has(name.toLowerCase()) ? ' ' : ''));
  return decodeReferences(text);
}

/**
 * The page with its empty typography field filled, in ASCII references so that folding the page
 * keeps the units as written. A page Pagefind indexes must have the field: the component writes it.
 */
export function fillTypographyField(html: string, file: string): string {
  if (!html.includes(indexedArticle)) return html;
  const empty = typographyFieldElement('');
  if (!html.includes(empty)) throw new Error(`${file} has no empty ${empty}: SearchIndexFields.astro writes it on every release page.`);
  const field = typographyUnitsToField(textToTypographyUnits(releaseHtmlToIndexedText(html)));
  return html.replace(empty, typographyFieldElement(textToAsciiHtml(field)));
}
