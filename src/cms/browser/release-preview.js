// @ts-check
// The form's preview pane: the release in every language side by side, each column laid out as its
// page is (the site's own classes, styled by the site's stylesheet), with that language's labels
// ("Communiqué de presse", not "media-release"), its date format and its typography, all written at
// build time from the site's dictionaries and rules (src/cms/preview-columns.ts, preview-text.ts).
// Decap hands the preview one entry: the main column's language in `data`, the others in `i18n`.

/**
 * @typedef {{ locale: string, heading: string, notWritten: string, hidden: string, typography: 'french' | 'none',
 *   date: { intl: string, firstDayOfMonth: string },
 *   labels: { type: Record<string, string>, organisation: Record<string, string>, topics: Record<string, string> },
 *   words: { publishedBy: string, topics: string } }} PreviewColumn
 */
/** @typedef {typeof import('../preview-text.ts')} PreviewText */
/** @typedef {{ get(name: string): unknown, toJS?(): unknown }} ImmutableMap */
/** @typedef {(type: unknown, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown} CreateElement */
/**
 * @typedef {{ entry: { get(name: string): unknown, getIn(path: string[]): unknown }, locale?: string,
 *   widgetFor(name: string, fields?: unknown, values?: unknown): unknown, getAsset(path: string): { toString(): string } }} PreviewProps
 */

/** Elements whose text is code, which typography never touches (as src/typography/rehype-typography.ts). */
const verbatim = new Set(['CODE', 'PRE', 'KBD', 'SAMP', 'VAR', 'SCRIPT', 'STYLE', 'TEXTAREA']);

/** @param {unknown} value @returns {unknown[]} */
const listOf = (value) => {
  const plain = value && typeof value === 'object' && 'toJS' in value ? /** @type {{ toJS(): unknown }} */ (value).toJS() : value;
  return Array.isArray(plain) ? plain : [];
};

/**
 * A column's way of setting text: French spacing for a French column, the text as written otherwise.
 * @param {PreviewText} rules @param {PreviewColumn} column @returns {(text: string) => string}
 */
export const typesetterFor = (rules, column) => (column.typography === 'french' ? rules.typesetFrench : (text) => text);

/**
 * The release's date as its page writes it ("12 juin 2024", "1er mars 2024"), or as typed while it is not a date yet.
 * @param {PreviewText} rules @param {PreviewColumn} column @param {unknown} value
 */
export function previewDate(rules, column, value) {
  const date = rules.parsePartialDate(value);
  return typeof date === 'string' ? String(value ?? '') : rules.formatPartialDate(date, column.date);
}

/**
 * Sets the text nodes under `element` in the column's typography, as the build sets a release's
 * rendered text; the rules change nothing the second time, so a repeated pass is harmless.
 * @param {Element | null} element @param {(text: string) => string} typeset
 */
function typesetTextNodes(element, typeset) {
  if (!element) return;
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    let parent = node.parentElement;
    while (parent && parent !== element && !verbatim.has(parent.tagName)) parent = parent.parentElement;
    if (parent !== element) continue;
    const value = typeset(node.nodeValue ?? '');
    if (value !== node.nodeValue) node.nodeValue = value;
  }
}

/**
 * One language's release, as its page lays it out.
 * @param {CreateElement} h @param {PreviewText} rules @param {PreviewColumn} column @param {ImmutableMap} data @param {PreviewProps} props
 */
function releaseArticle(h, rules, column, data, { widgetFor, getAsset }) {
  /** @param {string} name */
  const text = (name) => String(data.get(name) ?? '');
  const typeset = typesetterFor(rules, column);
  /** @param {'type' | 'organisation' | 'topics'} vocabulary @param {unknown} value */
  const label = (vocabulary, value) => column.labels[vocabulary][String(value)] ?? String(value ?? '');
  const photos = /** @type {{ file?: string, alt?: string, caption?: string, credit?: string }[]} */ (listOf(data.get('photos')));
  const topics = listOf(data.get('topics'));
  return h(
    'article',
    { className: 'release' },
    h(
      'header',
      { className: 'release-header' },
      h(
        'p',
        { className: 'release-meta' },
        [previewDate(rules, column, data.get('date')), label('type', data.get('type'))].filter(Boolean).join(' · '),
      ),
      h('h1', { className: text('title').length > 90 ? 'long-title' : undefined }, typeset(text('title'))),
      text('standfirst') ? h('p', { className: 'release-standfirst' }, typeset(text('standfirst'))) : null,
    ),
    h(
      'div',
      // A new function each render, so React calls it after every render of the text.
      { className: 'release-body', ref: (/** @type {Element | null} */ element) => typesetTextNodes(element, typeset) },
      text('dateline') ? h('span', { className: 'release-dateline' }, `${text('dateline')} – `) : null,
      widgetFor('body', undefined, data),
    ),
    ...photos.map((photo, index) =>
      h(
        'figure',
        { key: `photo-${index}`, className: 'release-photo' },
        photo.file ? h('img', { src: getAsset(photo.file).toString(), alt: photo.alt ?? '' }) : null,
        h(
          'figcaption',
          null,
          [photo.caption, photo.credit]
            .filter(Boolean)
            .map((part) => typeset(String(part)))
            .join(' — '),
        ),
      ),
    ),
    h(
      'aside',
      { className: 'release-aside' },
      h('div', null, h('h2', null, column.words.publishedBy), h('p', null, label('organisation', data.get('organisation')))),
      topics.length
        ? h(
            'div',
            null,
            h('h2', { className: 'release-topics-heading' }, column.words.topics),
            h('ul', { className: 'release-topics' }, ...topics.map((topic) => h('li', { key: String(topic) }, label('topics', topic)))),
          )
        : null,
    ),
  );
}

/** @param {unknown} data */
const isWritten = (data) =>
  Boolean(data) && ['title', 'standfirst', 'body'].some((name) => String(/** @type {ImmutableMap} */ (data).get(name) ?? '').trim() !== '');

/**
 * A preview component for Decap (`CMS.registerPreviewTemplate`), drawn with Decap's `h`: one column
 * per language, the form's main language first.
 * @param {CreateElement} h @param {PreviewColumn[]} columns @param {PreviewText} rules
 */
export function releasePreview(h, columns, rules) {
  const mainLocale = columns[0]?.locale;
  /** @param {PreviewProps} props */
  return function ReleasePreview(props) {
    const { entry } = props;
    // The language the main column is switched to: its text is the entry's data, and the main language's is then not in the entry.
    const shown = props.locale ?? mainLocale;
    return h(
      'main',
      { id: 'main', className: 'preview-languages' },
      ...columns.map((column) => {
        const data =
          column.locale === shown
            ? entry.get('data')
            : column.locale === mainLocale
              ? undefined
              : entry.getIn(['i18n', column.locale, 'data']);
        const note = column.locale === mainLocale && column.locale !== shown ? column.hidden : column.notWritten;
        return h(
          'section',
          { key: column.locale, lang: column.locale, className: 'preview-language', 'aria-label': column.heading },
          h('p', { className: 'preview-language-heading' }, column.heading),
          isWritten(data)
            ? releaseArticle(h, rules, column, /** @type {ImmutableMap} */ (data), props)
            : h('p', { className: 'preview-language-empty' }, note),
        );
      }),
    );
  };
}
