/**
 * The index reads release text with its typography folded (foldTypography), so Pagefind's excerpts
 * show ' for ’, oe for œ and plain spaces for non-breaking ones. Each page also gives the index its
 * "typography units": the words as written whose folding changes them, each with the special space
 * that follows it, if any. The search page maps an excerpt's folded words back onto them.
 */
import { foldTypography } from './normalise-text.ts';

/** Non-breaking, narrow non-breaking, thin and figure spaces: the ones foldTypography makes plain. */
const specialSpace = '\u00a0\u202f\u2009\u2007';
/** A run of characters up to a space, with the special space that ends it, if one does. */
const unit = new RegExp(`[^\\t\\n\\f\\r ${specialSpace}]+[${specialSpace}]?|[${specialSpace}]`, 'g');

/** The text's units that folding changes, each once, in the order they first appear. */
export function textToTypographyUnits(text: string): string[] {
  const units = new Set<string>();
  for (const [found] of text.matchAll(unit)) if (foldTypography(found) !== found) units.add(found);
  return [...units];
}

/**
 * The units as the index stores them: one string, units apart by a plain space (which no unit
 * holds). Pagefind makes every space of a metadata value plain, so special spaces are written
 * `\u202f` (and a backslash `\\`).
 */
export function typographyUnitsToField(units: readonly string[]): string {
  const escape = (character: string) => (character === '\\' ? '\\\\' : `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return units.map((written) => written.replace(new RegExp(`[\\\\${specialSpace}]`, 'g'), escape)).join(' ');
}

/** Folded unit -> as written; the first unit written a way wins, as a page writes a word one way. */
export function fieldToTypographyMap(field: string): Map<string, string> {
  const map = new Map<string, string>();
  const unescape = (escaped: string) => (escaped === '\\\\' ? '\\' : String.fromCharCode(Number.parseInt(escaped.slice(2), 16)));
  for (const stored of field.split(' ')) {
    if (stored === '') continue;
    const written = stored.replace(/\\(\\|u[0-9a-f]{4})/g, unescape);
    const folded = foldTypography(written);
    if (!map.has(folded)) map.set(folded, written);
  }
  return map;
}

/** One run of an excerpt's text, marked when it is a matched word. */
export interface ExcerptRun {
  text: string;
  marked: boolean;
}

/** How many characters of folded text one written character becomes (œ -> oe: 2). */
function foldedLength(character: string): number {
  return [...foldTypography(character)].length;
}

/**
 * An excerpt's runs with each folded word that the page wrote otherwise put back as written: the
 * words only, by whole words between spaces (a folded special space is the space after its word),
 * so "l'Interface" shows "l’Interface", "voeux" "vœux", and the marks stay on the same letters.
 */
export function typesetExcerpt(runs: readonly ExcerptRun[], map: ReadonlyMap<string, string>): ExcerptRun[] {
  const folded = runs.map((run) => run.text).join('');
  const marks = runs.flatMap((run) => [...run.text].map(() => run.marked));
  const characters = [...folded];
  const out: { character: string; marked: boolean }[] = [];
  let at = 0;
  while (at < characters.length) {
    if (characters[at] === ' ') {
      out.push({ character: ' ', marked: marks[at] ?? false });
      at += 1;
      continue;
    }
    let end = at;
    while (end < characters.length && characters[end] !== ' ') end += 1;
    const word = characters.slice(at, end).join('');
    // Followed by its folded special space, or alone; at the excerpt's end, without the space it had.
    const withSpace = end < characters.length ? map.get(`${word} `) : undefined;
    const atEnd = end === characters.length ? map.get(`${word} `)?.slice(0, -1) : undefined;
    const written = withSpace ?? map.get(word) ?? atEnd;
    const span = withSpace ? end + 1 - at : end - at;
    if (written === undefined) {
      for (let index = at; index < end; index++) out.push({ character: characters[index]!, marked: marks[index] ?? false });
      at = end;
      continue;
    }
    // Each written character takes the mark of the first folded character it became.
    let offset = at;
    for (const character of written) {
      out.push({ character, marked: marks[offset] ?? false });
      offset += foldedLength(character);
    }
    at += span;
  }
  const result: ExcerptRun[] = [];
  for (const { character, marked } of out) {
    const last = result.at(-1);
    if (last && last.marked === marked) last.text += character;
    else result.push({ text: character, marked });
  }
  return result;
}

/** The Pagefind metadata key of a page's typography units. */
export const typographyMetaKey = 'typography';

/** The element that carries the units, its content already HTML: SearchIndexFields.astro writes it empty, the search build fills it. */
export function typographyFieldElement(html: string): string {
  return `<span data-pagefind-meta="${typographyMetaKey}">${html}</span>`;
}
