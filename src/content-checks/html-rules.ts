/**
 * What raw HTML a release may hold: the elements and attributes a press release needs, and
 * nothing that runs code, loads other pages, hides text, or borrows the site's own styles and
 * search markers. Everything not listed here is refused, naming the file and line.
 */

/** Elements a release may write in HTML, with the attributes each may carry beyond the global ones. */
export const allowedElements: Record<string, readonly string[]> = {
  a: ['href'],
  abbr: [],
  b: [],
  bdi: [],
  blockquote: ['cite'],
  br: [],
  caption: [],
  cite: [],
  code: [],
  col: ['span'],
  colgroup: ['span'],
  dd: [],
  del: ['cite', 'datetime'],
  details: ['open'],
  dfn: [],
  div: [],
  dl: [],
  dt: [],
  em: [],
  figcaption: [],
  figure: [],
  h2: [],
  h3: [],
  h4: [],
  h5: [],
  h6: [],
  hr: [],
  i: [],
  img: ['src', 'alt', 'width', 'height'],
  ins: ['cite', 'datetime'],
  kbd: [],
  li: ['value'],
  mark: [],
  ol: ['start', 'reversed', 'type'],
  p: [],
  pre: [],
  q: ['cite'],
  s: [],
  samp: [],
  small: [],
  span: [],
  strong: [],
  sub: [],
  summary: [],
  sup: [],
  table: [],
  tbody: [],
  td: ['colspan', 'rowspan', 'headers'],
  tfoot: [],
  th: ['colspan', 'rowspan', 'headers', 'scope', 'abbr'],
  thead: [],
  time: ['datetime'],
  tr: [],
  u: [],
  ul: [],
  var: [],
  wbr: [],
};

/** Attributes any allowed element may carry. `dir` only as ltr or auto: rtl would reorder the words and numbers of English and French text. */
export const globalAttributes = ['title', 'lang', 'dir'] as const;

/** Attributes holding an address, checked like a Markdown link. */
export const addressAttributes = new Set(['href', 'src', 'cite']);

/** Elements with no end tag in HTML. */
export const voidElements = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/** Deeper than this, a browser reads HTML differently (Chromium flattens past 512 levels) and checking gets slow; no release comes close. */
export const maxNestingDepth = 32;

/**
 * Elements that run code, load something or change the page around the release. Frontmatter
 * fields are published as text, so other markup in them is harmless; these are refused there too.
 */
export const activeElements = new Set([
  'script',
  'noscript',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'portal',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'meta',
  'link',
  'base',
  'svg',
  'math',
  'template',
  'video',
  'audio',
]);

/** The fix for each refused element that editors are likely to try. */
export function refusedElementFix(element: string): string {
  const fixes: Record<string, string> = {
    script: 'a release cannot run scripts: remove it.',
    noscript: 'a release cannot run scripts: remove it.',
    iframe: 'embedding another page is not allowed: remove it and link to the page instead, e.g. [Watch the video](https://…).',
    style: 'styles come from the site, not from releases: remove it.',
    h1: 'the title is the page\'s only level-1 heading: use a level-2 heading, "## Heading" (or <h2>).',
    bdo: 'it reverses the order of letters on screen: remove it.',
    video: 'videos cannot be embedded: link to the video instead, e.g. [Watch the video](https://…).',
    audio: 'recordings cannot be embedded: link to the recording instead, e.g. [Listen](https://…).',
    svg: 'drawings in the text can run code: save the image as a file in content/images/ and write ![Description](../images/name.png).',
    math: 'formulas are not supported: write them as text.',
    template: 'its content is never shown: remove it.',
  };
  if (fixes[element]) return fixes[element];
  if (['frame', 'frameset', 'object', 'embed', 'applet', 'portal'].includes(element))
    return 'embedding another page or program is not allowed: remove it and link to it instead.';
  if (['form', 'input', 'button', 'select', 'textarea', 'option', 'label', 'fieldset', 'output'].includes(element))
    return 'forms cannot be part of a release: remove it, and link to the form instead.';
  if (['meta', 'link', 'base', 'title', 'head', 'body', 'html'].includes(element))
    return 'it changes the page around the release: remove it.';
  if (['main', 'nav', 'header', 'footer', 'section', 'article', 'aside', 'dialog'].includes(element))
    return 'the site lays out the page itself: use paragraphs, lists and headings ("## Heading") instead.';
  return 'it is not one of the HTML elements a release may use (links, emphasis, lists, tables, figures, headings from level 2): remove it, or ask a maintainer if the release truly needs it.';
}

/** The fix for a refused attribute. */
export function refusedAttributeFix(attribute: string, element: string, value: string): string {
  if (/^on/i.test(attribute)) return `the HTML attribute ${attribute}= runs code and is not allowed: remove it.`;
  if (attribute === 'dir')
    return `dir="${value}" changes the order words and numbers are shown in: remove it (dir="auto" lets a quotation in another script keep its own direction).`;
  if (attribute === 'style')
    return 'the HTML attribute style= is not allowed: styles come from the site, and a style can hide or cover text. Remove it.';
  if (attribute === 'class' || attribute === 'id' || attribute === 'name')
    return `the HTML attribute ${attribute}= is not allowed: the site's own styles and links use these names. Remove it.`;
  if (attribute === 'hidden') return 'the HTML attribute hidden= hides the text from readers: remove it, or remove the text.';
  if (attribute.startsWith('data-'))
    return `the HTML attribute ${attribute}= is not allowed: such attributes can change how search reads the page. Remove it.`;
  if (attribute.startsWith('aria-') || attribute === 'role' || attribute === 'tabindex')
    return `the HTML attribute ${attribute}= is not allowed: the site sets accessibility attributes itself. Remove it.`;
  return `the HTML attribute ${attribute}= is not one a release may use on <${element}>: remove it.`;
}
