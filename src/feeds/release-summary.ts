import { resolve } from 'node:path';
import { releaseFileToKeptReading } from '../content-reader/reading-registry.ts';

/** A feed item's description when the release has no standfirst: its first paragraph, cut near this many characters. */
const summaryLength = 280;

/** A page's meta description when the release has no standfirst: what search engines show of it. */
export const descriptionLength = 200;

/** Cuts a text at the last word that ends before `length`, marking the cut with an ellipsis. */
export function shortenAtWord(text: string, length = summaryLength): string {
  const words = text.replace(/\s+/g, ' ').trim();
  if (words.length <= length) return words;
  const cut = words.slice(0, length + 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : words.slice(0, length)).replace(/[\s,;:.–-]+$/, '')}…`;
}

/** The first paragraph of a release file's text, as plain words (from the one reading of the file), shortened for a feed reader's preview. */
export async function releaseSummary(filePath: string, length = summaryLength): Promise<string> {
  return shortenAtWord(await (await releaseFileToKeptReading(resolve(filePath))).firstParagraph, length);
}
