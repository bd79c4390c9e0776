/**
 * Characters no release needs and readers would not see as written: control characters (a
 * carriage return only as part of CRLF), the invisible controls that reverse or isolate the
 * direction of text (U+202A to U+202E, U+2066 to U+2069: U+202E before "fdp.exe" shows "exe.pdf"),
 * noncharacters, the replacement character "�" that marks text damaged by a conversion, and the
 * private-use characters (U+E000 to U+F8FF, planes 15 and 16) that no font the site uses draws:
 * Word's bullets pasted as U+F0B7 show as empty boxes.
 */
export const unwantedCharacter =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ue000-\uf8ff\ufdd0-\ufdef\ufffd\ufffe\uffff]|\r(?!\n)|[\u{1fffe}\u{1ffff}\u{2fffe}\u{2ffff}\u{f0000}-\u{10ffff}]/gu;

/**
 * Whether a text may hold an unwanted character: the same classes read as UTF-16 code units, where
 * planes 15 and 16 are their high surrogates (U+DB80 to U+DBFF) and U+1FFFE… their pairs. Without
 * the `u` flag V8 reads 100 MB of releases in two thirds of the time, and nearly every text has none;
 * it flags all that `unwantedCharacter` finds (a test says so), which then runs on the few it flags.
 */
export const mayHoldUnwantedCharacter =
  // eslint-disable-next-line no-control-regex -- control characters are what this finds
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\ue000-\uf8ff\ufdd0-\ufdef\ufffd\ufffe\uffff\udb80-\udbff]|\r(?!\n)|[\ud83f\ud87f][\udffe\udfff]/;

/** What is wrong with one unwanted character, and what to do about it. */
export function unwantedCharacterFix(character: string, column: number | undefined): string {
  const code = character.codePointAt(0) ?? 0;
  const name = `U+${code.toString(16).toUpperCase().padStart(4, '0')}`;
  const where = column === undefined ? '' : ` is in column ${column}`;
  if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
    return `an invisible character that changes the direction of text (${name})${where}: delete it (retype the words around it if your editor does not show it).`;
  if (character === '\r')
    return `a carriage return alone ends this line (an old Mac line ending): save the file again with ordinary line endings (LF, or CRLF on Windows).`;
  if (code === 0xfffd)
    return `a replacement character (�)${where}: it marks text damaged when it was copied or converted, so retype the word from the original.`;
  if ((code >= 0xe000 && code <= 0xf8ff) || (code >= 0xf0000 && (code & 0xfffe) !== 0xfffe))
    return `a private-use character (${name})${where}, which readers see as an empty box: it often comes from a bullet or symbol pasted from Word. Delete it; for a list, start each line with "- ".`;
  if (code <= 0x9f)
    return `an invisible control character (${name})${where}: delete it (retype the words around it if your editor does not show it).`;
  return `a character that is not text (${name})${where}: delete it (retype the words around it if your editor does not show it).`;
}

/** Character references (`&#x202E;`, `&#8238;`) that stand for an unwanted character, which the page would show decoded. */
const numericReference = /&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,9}));?/g;

export function* unwantedReferences(text: string): Generator<{ offset: number; character: string; reference: string }> {
  for (const match of text.matchAll(numericReference)) {
    const code = match[1] === undefined ? Number(match[2]) : Number.parseInt(match[1], 16);
    // HTML and Markdown both show the replacement character for a reference to nothing (&#0;) or past Unicode.
    const character = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? '\ufffd' : String.fromCodePoint(code);
    unwantedCharacter.lastIndex = 0;
    if (unwantedCharacter.test(character)) yield { offset: match.index, character, reference: match[0] };
    unwantedCharacter.lastIndex = 0;
  }
}

/** 1-based line and column of an offset in a text, counting line feeds. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) {
    line++;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
