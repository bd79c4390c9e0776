// @ts-check
// How the form reads and writes a release file: the frontmatter is edited in place with the
// `yaml` package's Document API, so saving one field changes that field's lines and no other
// (quotes, flow lists, comments, long lines and the text's spacing stay as the author wrote them).
// `yaml` is the package's browser build, found through the page's import map.
import { Document, isMap, isScalar, isSeq, parseDocument } from 'yaml';

/** The key under which a release's original text rides along in the form's data, back to `releaseToFile`. */
export const sourceKey = '__source';

const frontmatterPattern = /^---\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/**
 * A release file's frontmatter text and its body (the body keeps its leading blank line).
 * @param {string} text
 */
function splitRelease(text) {
  const match = frontmatterPattern.exec(text);
  return match ? { frontmatter: match[1] ?? '', body: text.slice(match[0].length) } : { frontmatter: '', body: text };
}

/**
 * A release file as the form's data: its frontmatter fields, `body`, and the original text.
 * @param {string} text
 */
export function releaseFromFile(text) {
  const { frontmatter, body } = splitRelease(text);
  const fields = parseDocument(frontmatter).toJS() ?? {};
  return { ...fields, body: body.replace(/^\s*\n/, ''), [sourceKey]: text };
}

/** @param {unknown} value */
const isEmpty = (value) =>
  value === undefined ||
  value === null ||
  (typeof value === 'string' && value.trim() === '') ||
  (Array.isArray(value) && value.length === 0);

/** @param {unknown} a @param {unknown} b */
const sameValue = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A node holding `value`, made from `node` when there is one so its style (quotes, flow list) and
 * comments stay; a new text is double-quoted and a new list of words is written on one line.
 * @param {Document} document @param {unknown} node @param {unknown} value
 * @returns {unknown}
 */
function nodeFor(document, node, value) {
  if (node && sameValue(/** @type {{ toJSON(): unknown }} */ (node).toJSON(), value)) return node;
  if (isScalar(node) && (value === null || typeof value !== 'object')) {
    node.value = value;
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const template = node.items[0];
    node.items = value.map((item, index) => {
      const existing = node.items[index];
      if (existing !== undefined) return nodeFor(document, existing, item);
      const created = document.createNode(item);
      // A new word in a list is quoted as the list's first one is.
      if (isScalar(created) && isScalar(template) && template.type) created.type = template.type;
      return created;
    });
    return node;
  }
  if (isMap(node) && value && typeof value === 'object' && !Array.isArray(value)) {
    mergeFields(document, node, /** @type {Record<string, unknown>} */ (value), Object.keys(value));
    return node;
  }
  const created = document.createNode(value, { flow: Array.isArray(value) && value.every((item) => typeof item !== 'object') });
  if (isScalar(created) && typeof value === 'string') created.type = 'QUOTE_DOUBLE';
  return created;
}

/**
 * Writes `fields` into `map` in place: changed values replaced, emptied ones removed, new ones added in `order`.
 * @param {Document} document @param {import('yaml').YAMLMap} map @param {Record<string, unknown>} fields @param {string[]} order
 */
function mergeFields(document, map, fields, order) {
  const names = [...new Set([...order, ...Object.keys(fields)])].filter((name) => name in fields);
  for (const name of names) {
    const value = fields[name];
    const node = map.get(name, true);
    if (isEmpty(value)) {
      if (node !== undefined && !isEmpty(/** @type {{ toJSON(): unknown }} */ (node).toJSON?.() ?? node)) map.delete(name);
      continue;
    }
    const next = nodeFor(document, node, value);
    if (next !== node) map.set(name, next);
  }
  // A field the form emptied is not in `fields` at all: it goes too.
  for (const pair of [...map.items]) {
    const name = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
    if (order.includes(name) && !(name in fields)) map.delete(name);
  }
}

/**
 * The form's data as a release file. An existing file is edited in place, so what the editor did
 * not change stays byte for byte as it was; a new file gets double-quoted texts and one-line lists.
 * @param {Record<string, unknown>} data @param {string[]} [order] the form's fields, in order
 */
export function releaseToFile(data, order = []) {
  const { body = '', [sourceKey]: source, ...fields } = data;
  const original = typeof source === 'string' ? splitRelease(source) : undefined;
  const document = original ? parseDocument(original.frontmatter) : new Document({});
  if (!isMap(document.contents)) document.contents = /** @type {any} */ (document.createNode({}));
  // Only the form's fields, and any the file already had, are written: notes the list adds stay out.
  const known = new Set([...order, ...Object.keys(/** @type {object} */ (document.toJS() ?? {}))]);
  for (const name of Object.keys(fields)) if (!known.has(name)) delete fields[name];
  const before = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  mergeFields(
    document,
    /** @type {any} */ (document.contents),
    fields,
    order.filter((name) => name !== 'body'),
  );
  const after = document.toString({ lineWidth: 0, flowCollectionPadding: false });
  const frontmatter = original && after === before ? original.frontmatter : after;
  const text = String(body);
  const keptBody = original && original.body.trim() === text.trim() ? original.body : `\n${text.trim()}\n`;
  return `---\n${frontmatter}---\n${keptBody}`;
}
