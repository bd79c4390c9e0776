import { maxReleaseFileBytes } from './limits.ts';
import type { ContentProblem } from './problem.ts';
import type { SourceFile } from './source-file.ts';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

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

/**
 * The file's text, with what editors' tools add and no reader should see removed: a byte order
 * mark and Windows line endings (CRLF). Line numbers are unchanged by both.
 * Returns a problem instead when the file is too large or is not UTF-8.
 */
export function decodeReleaseText(file: SourceFile): string | ContentProblem {
  if (file.bytes.length > maxReleaseFileBytes) {
    const kilobytes = Math.ceil(file.bytes.length / 1024);
    return {
      file: file.displayPath,
      message: `this file is ${kilobytes} KB, over the limit of ${maxReleaseFileBytes / 1024} KB for one release: check nothing was pasted by mistake (an image or a whole document), and split a very long text or link to it instead.`,
    };
  }
  let text: string;
  try {
    text = strictUtf8.decode(file.bytes);
  } catch {
    return {
      file: file.displayPath,
      line: lineOfByte(file.bytes, firstInvalidByte(file.bytes)),
      message:
        'this file is not saved as UTF-8 text (this line has a character in another encoding, such as Windows-1252 or Latin-1): save the file again with the encoding "UTF-8" in your editor.',
    };
  }
  return text.replace(/\r\n?/g, '\n');
}
