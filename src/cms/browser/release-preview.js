// @ts-check
// The form's preview pane: the release laid out as on its page (the site's own classes, styled by
// the site's stylesheet), with the vocabularies' labels instead of identifiers ("Media release",
// not "media-release"), taken from the options the form's select fields were written with.

/** @typedef {{ name: string, options?: { value: string, label: string }[], fields?: PreviewField[] }} PreviewField */
/** @typedef {{ get(name: string): unknown, toJS?(): unknown }} ImmutableLike */
/** @typedef {(type: string, props?: Record<string, unknown> | null, ...children: unknown[]) => unknown} CreateElement */

/**
 * The label of one identifier of a select field, or the identifier itself when it is not (yet) one.
 * @param {PreviewField[]} fields @param {string} name @param {unknown} value
 */
export function optionLabel(fields, name, value) {
  const field = fields.find((candidate) => candidate.name === name);
  return field?.options?.find((option) => option.value === value)?.label ?? String(value ?? '');
}

/** @param {unknown} value @returns {unknown[]} */
const listOf = (value) => {
  const plain = value && typeof value === 'object' && 'toJS' in value ? /** @type {{ toJS(): unknown }} */ (value).toJS() : value;
  return Array.isArray(plain) ? plain : [];
};

/**
 * A preview component for Decap (`CMS.registerPreviewTemplate`), drawn with Decap's `h`.
 * @param {CreateElement} h @param {PreviewField[]} fields
 */
export function releasePreview(h, fields) {
  /** @param {{ entry: { getIn(path: string[]): unknown }, widgetFor(name: string): unknown, getAsset(path: string): { toString(): string } }} props */
  return function ReleasePreview({ entry, widgetFor, getAsset }) {
    /** @param {string} name */
    const field = (name) => entry.getIn(['data', name]);
    /** @param {string} name */
    const text = (name) => String(field(name) ?? '');
    const photos = /** @type {{ file?: string, alt?: string, caption?: string, credit?: string }[]} */ (listOf(field('photos')));
    const topics = listOf(field('topics'));
    return h(
      'main',
      { id: 'main' },
      h(
        'article',
        { className: 'release' },
        h(
          'header',
          { className: 'release-header' },
          h('p', { className: 'release-meta' }, [text('date'), optionLabel(fields, 'type', field('type'))].filter(Boolean).join(' · ')),
          h('h1', null, text('title')),
          text('standfirst') ? h('p', { className: 'release-standfirst' }, text('standfirst')) : null,
        ),
        h(
          'div',
          { className: 'release-body' },
          text('dateline') ? h('span', { className: 'release-dateline' }, `${text('dateline')} – `) : null,
          widgetFor('body'),
        ),
        ...photos.map((photo, index) =>
          h(
            'figure',
            { key: `photo-${index}`, className: 'release-photo' },
            photo.file ? h('img', { src: getAsset(photo.file).toString(), alt: photo.alt ?? '' }) : null,
            h('figcaption', null, [photo.caption, photo.credit].filter(Boolean).join(' — ')),
          ),
        ),
        h(
          'aside',
          { className: 'release-aside' },
          h('div', null, h('p', null, optionLabel(fields, 'organisation', field('organisation')))),
          topics.length
            ? h(
                'ul',
                { className: 'release-topics' },
                ...topics.map((topic) => h('li', { key: String(topic) }, optionLabel(fields, 'topics', topic))),
              )
            : null,
        ),
      ),
    );
  };
}
