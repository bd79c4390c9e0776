/**
 * French typographic rules for plain text, as the Imprimerie nationale sets them: each rule only
 * adds or swaps spacing and apostrophes, so the words stay the same (normalise-words.ts) and a
 * second pass changes nothing. A rule that needs context it cannot see (a time, an address) leaves
 * the text alone: a colon or `?` with no space after it is not punctuation of the sentence.
 */

/** U+202F NARROW NO-BREAK SPACE: before ; : ! ? and inside « ». */
export const narrowNoBreakSpace = '\u202f';
/** U+00A0 NO-BREAK SPACE: between a number and its unit. */
export const noBreakSpace = '\u00a0';

// Any space a writer may have typed, breaking or not (never a line break).
const space = '[ \\u00a0\\u202f\\t]';
// What may follow sentence punctuation: a space, the end, or closing punctuation.
const punctuationEnd = '(?=$|[\\s»)\\]”’.,;:!?…])';

const rules: readonly [RegExp, string][] = [
  // l'ONU, aujourd'hui: a straight apostrophe between letters is a typographic one.
  [/(\p{L})'(?=\p{L})/gu, '$1’'],
  // « Nous… » : the quotation marks hold their text with narrow no-break spaces.
  [new RegExp(`«${space}*`, 'g'), `«${narrowNoBreakSpace}`],
  [new RegExp(`(?<=\\S)${space}*»`, 'g'), `${narrowNoBreakSpace}»`],
  // ; ! ? and : take a narrow no-break space before them, when they end a clause (10:30, https:// and ?q= do not).
  [new RegExp(`(?<=[\\p{L}\\p{N}»)\\]”’%])${space}*([;!?:])${punctuationEnd}`, 'gu'), `${narrowNoBreakSpace}$1`],
  // 3 000 personnes: groups of thousands a writer spaced stay on one line.
  [new RegExp(`(?<=(?:^|[^\\d,.])\\d{1,3}(?:${space}\\d{3})*)${space}(?=\\d{3}(?!\\d))`, 'g'), narrowNoBreakSpace],
  // 50 %, 12 km, 9 h: a number keeps its unit on its line.
  [new RegExp(`(?<=\\d)${space}*%`, 'g'), `${narrowNoBreakSpace}%`],
  [
    new RegExp(`(?<=\\d)${space}+(?=(?:km|kg|m|cm|mm|g|t|h|min|s|€|\\$|£|Ko|Mo|Go|ans?|millions?|milliards?)(?![\\p{L}\\p{N}]))`, 'gu'),
    noBreakSpace,
  ],
];

/** French text set with French spacing and apostrophes; applying it twice gives the same text. */
export function typesetFrench(text: string): string {
  return rules.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}

/**
 * The ordinals a French text writes with a raised ending (1er, 2e, XXIe) as the parts to print:
 * the text around them, and each ending to raise. Roman numerals need two letters (XXe), so that
 * "Ce" and "Le" are never numbers.
 */
export function frenchOrdinalParts(text: string): { text: string; raised: boolean }[] {
  const ordinal = /(?<![\p{L}\p{N}])(1|[2-9]\d*|1\d+|[IVXLC]{2,}|[IVX])(er|re|e|es|ers|res)(?![\p{L}\p{N}])/gu;
  const parts: { text: string; raised: boolean }[] = [];
  let last = 0;
  for (const match of text.matchAll(ordinal)) {
    const [whole, number, ending] = match as unknown as [string, string, string];
    // 1e, 2er and a lone Roman letter without "siècle" after it are not ordinals French prints.
    if ((number === '1') !== (ending.startsWith('er') || ending.startsWith('re'))) continue;
    if (/^[IVX]$/.test(number) && !/^\s+siècles?/u.test(text.slice(match.index + whole.length))) continue;
    const endingStart = match.index + number.length;
    parts.push({ text: text.slice(last, endingStart), raised: false }, { text: ending, raised: true });
    last = endingStart + ending.length;
  }
  if (last < text.length || parts.length === 0) parts.push({ text: text.slice(last), raised: false });
  return parts.filter((part) => part.text !== '');
}
