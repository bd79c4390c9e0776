import type { ContentProblem } from './content-problem.ts';
import { maxReleaseFileBytes } from './file-names.ts';
import type { SourceFile } from './source-file.ts';
import { lineAndColumn, mayHoldUnwantedCharacter, unwantedCharacter, unwantedCharacterFix } from './unwanted-characters.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The 1-based line of the first byte the platform's strict decoder refuses. A line feed is never
 * part of a multi-byte UTF-8 sequence, so each line decodes on its own exactly when the whole file
 * does: the first line that fails holds the first bad byte (an encoded surrogate ED A0 80, an
 * overlong form, a stray continuation byte or a sequence cut short).
 */
function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let line = 1;
  let start = 0;
  while (start <= bytes.length) {
    const newline = bytes.indexOf(0x0a, start);
    const end = newline === -1 ? bytes.length : newline;
    try {
      strictUtf8.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (newline === -1) break;
    line++;
    start = newline + 1;
  }
  return line;
}

/** Each unwanted character of a text, on its line, at most a few per file: one is enough to find the others. */
export function findUnwantedCharacters(file: string, text: string, firstLine = 1, limit = 5): ContentProblem[] {
  const problems: ContentProblem[] = [];
  if (!mayHoldUnwantedCharacter.test(text)) return problems;
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
        line: lineOfFirstInvalidByte(file.bytes),
        message:
          'this file is not saved as UTF-8 text (this line has a character in another encoding, such as Windows-1252 or Latin-1): save the file again with the encoding "UTF-8" in your editor.',
      },
    ];
  }
  const unwanted = findUnwantedCharacters(file.displayPath, text);
  return unwanted.length > 0 ? unwanted : text;
}
