// Which pages can hold the query's words as whole words, asked of Pagefind's index before any page is
// read. Pagefind indexes each word by its stem and, unquoted, also matches every longer word ("police"
// finds "policy") or, failing that, the longest shorter one ("éthique" finds "et"). Quoted, it matches
// the stem alone: one quoted search per form of a word (wordToForms) finds every page holding a form,
// since a form's stem is its own, and none whose only match is a prefix. The text check still decides
// (release-results.ts): two words can share a stem ("policing", "police").
import { wordToForms } from '../contract/normalise-text.ts';
import type { PagefindInstance, SearchResult } from './pagefind-api.ts';

/**
 * The pages holding, for every word, a word with the stem of one of its forms: id -> Pagefind's
 * result. A word found in more than `limit` pages narrows nothing worth its cost (each quoted search
 * scores every page it finds: about 0.1 s for a word in 10,000), so its other forms are not searched
 * and it is left to the text check; undefined when that is every word.
 */
export async function wordsToCandidates(
  pagefind: PagefindInstance,
  words: readonly string[],
  limit: number,
): Promise<Map<string, SearchResult> | undefined> {
  let candidates: Map<string, SearchResult> | undefined;
  for (const word of words) {
    const found = new Map<string, SearchResult>();
    for (const form of wordToForms(word)) {
      for (const result of (await pagefind.search(`"${form}"`)).results) found.set(result.id, result);
      if (found.size > limit) break;
    }
    if (found.size > limit) continue;
    candidates = candidates ? new Map([...candidates].filter(([id]) => found.has(id))) : found;
    if (candidates.size === 0) break;
  }
  return candidates;
}

/**
 * The candidates in Pagefind's order for the words unquoted (its ranking, or its date order), each
 * as that search's result so its excerpt marks every word; then those the unquoted search missed (a
 * form whose stem is not an extension of the word's), placed by `order` (every page's id in the
 * chosen sort) when there is one.
 */
export function rankedToCandidates<Result extends { id: string }>(
  ranked: readonly Result[],
  candidates: ReadonlyMap<string, Result>,
  order?: readonly string[],
): Result[] {
  const inRank = ranked.filter((result) => candidates.has(result.id));
  const seen = new Set(inRank.map((result) => result.id));
  const missed = [...candidates.values()].filter((result) => !seen.has(result.id));
  if (!order || missed.length === 0) return [...inRank, ...missed];
  const position = new Map(order.map((id, index) => [id, index]));
  const at = (result: Result) => position.get(result.id) ?? order.length;
  return [...inRank, ...missed].sort((first, second) => at(first) - at(second));
}

/**
 * The candidates when other languages' bundles are merged in: Pagefind searches a merged bundle with
 * the reader's language's stemmer (its WebAssembly), not the bundle's own, so a quoted word can miss
 * there ("ballestrazzi" is "ballestrazz" to the French stemmer). Its pages come from the unquoted
 * search instead, every one read and checked as before; the reader's own bundle's stay narrowed.
 * Pagefind names each page `<its index's language>_<hash>`, and each bundle has one language.
 */
export function mergedBundlesToCandidates<Result extends { id: string }>(
  quoted: ReadonlyMap<string, Result>,
  ranked: readonly Result[],
  reader: string,
): Map<string, Result> {
  const own = (id: string) => id.startsWith(`${reader}_`);
  return new Map([
    ...[...quoted].filter(([id]) => own(id)),
    ...ranked.flatMap((result) => (own(result.id) ? [] : [[result.id, result] as const])),
  ]);
}

/**
 * The candidates in the order the reader chose: Pagefind's unquoted search (`ranked`, made here when
 * not given), and, when it missed some and the order is by date, Pagefind's date order of every page.
 */
export async function candidatesInOrder(
  pagefind: PagefindInstance,
  words: readonly string[],
  sort: Record<string, 'asc' | 'desc'> | undefined,
  candidates: ReadonlyMap<string, SearchResult>,
  ranked?: readonly SearchResult[],
): Promise<SearchResult[]> {
  if (candidates.size === 0) return [];
  const inRank = ranked ?? (await pagefind.search(words.join(' '), { sort })).results;
  const missedSome = inRank.filter((result) => candidates.has(result.id)).length < candidates.size;
  const order = sort && missedSome ? (await pagefind.search(null, { sort })).results.map((result) => result.id) : undefined;
  return rankedToCandidates(inRank, candidates, order);
}
