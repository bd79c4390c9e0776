import { Tokenizer } from 'parse5';
import type { HtmlSegment } from '../content-reader/render-body.ts';

/** The piece of raw HTML at an offset of the rendered HTML, if the offset is in one. */
export function segmentAt(segments: readonly HtmlSegment[], offset: number): HtmlSegment | undefined {
  let low = 0;
  let high = segments.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const segment = segments[middle];
    if (!segment) break;
    if (offset < segment.start) high = middle - 1;
    else if (offset >= segment.end) low = middle + 1;
    else return segment;
  }
  return undefined;
}

/** The first piece of raw HTML at or after an offset: what broke the Markdown's own HTML there. */
export function segmentFrom(segments: readonly HtmlSegment[], offset: number): HtmlSegment | undefined {
  return segments.find((segment) => segment.end > offset) ?? segments.at(-1);
}

/** The last piece of raw HTML that starts at or before an offset: what an error at the end of the text comes from. */
export function segmentBefore(segments: readonly HtmlSegment[], offset: number): HtmlSegment | undefined {
  return segments.findLast((segment) => segment.start <= offset) ?? segments[0];
}

/** Where each end tag of the HTML is, read by the HTML tokenizer itself (not a pattern). */
export function endTagOffsets(html: string): number[] {
  const offsets: number[] = [];
  const ignore = () => undefined;
  const tokenizer = new Tokenizer(
    { sourceCodeLocationInfo: true },
    {
      onEndTag: (token) => {
        if (token.location) offsets.push(token.location.startOffset);
      },
      onComment: ignore,
      onDoctype: ignore,
      onStartTag: ignore,
      onEof: ignore,
      onCharacter: ignore,
      onNullCharacter: ignore,
      onWhitespaceCharacter: ignore,
    },
  );
  tokenizer.write(html, true);
  return offsets;
}

export function lineIn(segment: HtmlSegment, offset: number): number {
  let line = segment.line;
  for (let index = 0; index < offset - segment.start && index < segment.value.length; index++) if (segment.value[index] === '\n') line++;
  return line;
}
