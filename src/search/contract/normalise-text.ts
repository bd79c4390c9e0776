/**
 * One normalisation of text for search, applied alike to what is indexed (at build time) and to
 * what a reader types (in the browser), so that "l’Interface", "L'INTERFACE" and "interface" meet,
 * as do "vœux" and "voeux", "INTERPOL’s" and "Interpol", "Public‑Membres" and "public membres".
 */

/** Apostrophes as typed, typeset or pasted: ’ ʼ ‘ ´ ` and the straight one. */
const apostrophes = /['’ʼ‘´`]/g;
/** Non-breaking, narrow non-breaking, thin and figure spaces, as French typography puts before : ; ! ? » and in numbers. */
const specialSpaces = /[\u00a0\u202f\u2009\u2007]/g;
/** Hyphens and dashes of every width, and the minus sign. */
const dashes = /[\u2010-\u2015\u2212]/g;
const ligatures: Record<string, string> = { œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' };

/**
 * Typography folded to plain characters, keeping case and accents: straight apostrophes, plain
 * spaces and hyphens, ligatures spelt out. Still readable, so it is what the search index is fed
 * and what its excerpts show.
 */
export function foldTypography(text: string): string {
  return text
    .replace(apostrophes, "'")
    .replace(specialSpaces, ' ')
    .replace(dashes, '-')
    .replace(/[œŒæÆ]/g, (ligature) => ligatures[ligature] ?? ligature);
}

/** French words elided before a vowel: l’, d’, qu’, jusqu’, lorsqu’, puisqu’, n’, s’, c’, j’, m’, t’. */
export const elidedWords = ['l', 'd', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'n', 's', 'c', 'j', 'm', 't'] as const;
const elision = new RegExp(`(?<![\\p{L}\\p{N}])(${elidedWords.join('|')})'(?=\\p{L})`, 'gu');
/** The English possessive: "INTERPOL’s" is Interpol. */
const possessive = /(?<=\p{L})'s(?![\p{L}\p{N}])/gu;

/** One word of normalised text, and whether it was a French elided word ("l" of "l’avenir"). */
export interface NormalisedWord {
  word: string;
  elided: boolean;
}

/** The words of a text, folded, lowercase and without accents; elisions and possessives split off. */
export function textToNormalisedWords(text: string): NormalisedWord[] {
  // Folded before compatibility forms (NFKD splits ´ into a space and an accent) and after (ᴭ is Æ).
  // U+E000 (private use, removed from the text first) marks an elided word as the words are split.
  const plain = foldTypography(foldTypography(text.replaceAll('\ue000', '')).normalize('NFKD'))
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(possessive, '')
    .replace(elision, '$1\ue000 ');
  return [...plain.matchAll(/[\p{L}\p{N}]+\ue000?/gu)].map(([match]) =>
    match.endsWith('\ue000') ? { word: match.slice(0, -1), elided: true } : { word: match, elided: false },
  );
}

/** A text as its normalised words, separated by single spaces. */
export function normaliseText(text: string): string {
  return textToNormalisedWords(text)
    .map(({ word }) => word)
    .join(' ');
}

/** The words a reader searches for: their normalised words, without the elided ones ("l’" of "l’avenir" finds "avenir"). */
export function queryToWords(query: string): string[] {
  return [...new Set(textToNormalisedWords(query).flatMap(({ word, elided }) => (elided ? [] : [word])))];
}

/**
 * The forms a normalised word is found under: itself, its plural and its singular, by the regular
 * English and French endings (-s, -x; -es after s, x, z, ch, sh; -aux for -al).
 */
export function wordToForms(word: string): string[] {
  const forms = new Set([word, `${word}s`, `${word}x`, `${word}es`]);
  if (word.endsWith('al')) forms.add(`${word.slice(0, -2)}aux`);
  if (word.endsWith('aux')) forms.add(`${word.slice(0, -3)}al`);
  if (word.length > 2 && /[sx]$/.test(word)) forms.add(word.slice(0, -1));
  if (word.length > 3 && word.endsWith('es')) forms.add(word.slice(0, -2));
  return [...forms];
}

/** Whether a text holds every word of a query, each as a whole word in one of its forms: never a mere prefix. */
export function textHasQueryWords(text: string, query: readonly string[]): boolean {
  const words = new Set(normaliseText(text).split(' '));
  return query.every((word) => wordToForms(word).some((form) => words.has(form)));
}

/** Printable ASCII that HTML and the folding both leave as it is (folding turns a backtick into an apostrophe). */
function keepsAsWritten(character: string): boolean {
  return /^[\x20-\x7e]$/.test(character) && !'&<>"'.includes(character) && foldTypography(character) === character;
}

/**
 * A text as HTML made only of ASCII: every other character, `&`, `<`, `>`, `"` and any the
 * folding would change, as a numeric reference. The index is fed a folded copy of each page
 * (foldTypography); text written this way passes through the folding unchanged, so a result's
 * title keeps its ’, œ and `.
 */
export function textToAsciiHtml(text: string): string {
  return [...text].map((character) => (keepsAsWritten(character) ? character : `&#${character.codePointAt(0)};`)).join('');
}
