import type { ContentProblem } from './content-problem.ts';
import { maxReleaseFileBytes } from './file-names.ts';
import type { SourceFile } from './source-file.ts';
import { lineAndColumn, unwantedCharacter, unwantedCharacterFix } from './unwanted-characters.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The 1-based line holding a byte offset, counting line feeds before it. */
function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let index = 0; index < offset; index++) if (bytes[index] === 0x0a) line++;
  return line;
}

/** The length of the UTF-8 sequence starting at `index`, or 0 when the bytes there are not UTF-8. */
function utf8SequenceLength(bytes: Uint8Array, index: number): number {
  const lead = bytes[index] ?? 0;
  const length =
    lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
  for (let next = 1; next < length; next++) {
    if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return 0;
  }
  return length;
}

/** Where decoding failed, to point the editor at a line; only called once strict decoding has already failed. */
function firstInvalidByte(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const length = utf8SequenceLength(bytes, index);
    if (length === 0) return index;
    index += length;
  }
  return bytes.length;
}

/** Each unwanted character of a text, on its line, at most a few per file: one is enough to find the others. */
export function findUnwantedCharacters(file: string, text: string, firstLine = 1, limit = 5): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const match of text.matchAll(unwantedCharacter)) {
    const { line, column } = lineAndColumn(text, match.index);
    problems.push({ file, line: line + firstLine - 1, message: unwantedCharacterFix(match[0], column) });
    if (problems.length >= limit) break;
  }
  return problems;
}

/**
 * A release file's text exactly as the build reads it: a byte order mark and Windows line endings
 * (CRLF) are kept, as the build keeps them (neither changes what readers see). Returns problems
 * instead when the file is too large, is not UTF-8, or holds characters readers would not see as written.
 */
export function decodeReleaseText(file: SourceFile): string | ContentProblem[] {
  if (file.bytes.length > maxReleaseFileBytes) {
    const kilobytes = Math.ceil(file.bytes.length / 1024);
    return [
      {
        file: file.displayPath,
        message: `this file is ${kilobytes} KB, over the limit of ${maxReleaseFileBytes / 1024} KB for one release: check nothing was pasted by mistake (an image or a whole document), and split a very long text or link to it instead.`,
      },
    ];
  }
  let text: string;
  try {
    text = strictUtf8.decode(file.bytes);
  } catch {
    return [
      {
        file: file.displayPath,
        line: lineOfByte(file.bytes, firstInvalidByte(file.bytes)),
        message:
          'this file is not saved as UTF-8 text (this line has a character in another encoding, such as Windows-1252 or Latin-1): save the file again with the encoding "UTF-8" in your editor.',
      },
    ];
  }
  const unwanted = findUnwantedCharacters(file.displayPath, text);
  return unwanted.length > 0 ? unwanted : text;
}
