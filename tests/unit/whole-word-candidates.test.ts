import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergedBundlesToCandidates, rankedToCandidates } from '../../src/search/browser/whole-word-candidates.ts';

const letters: readonly string[] = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
const ids = fc.uniqueArray(fc.constantFrom(...letters), { maxLength: 8 });

describe('the pages the search page reads, in order', () => {
  it('are exactly the candidates: Pagefind’s ranked prefix matches that are not candidates are never read', () => {
    fc.assert(
      fc.property(ids, ids, (ranked, candidateIds) => {
        const candidates = new Map(candidateIds.map((id) => [id, { id, from: 'quoted' }]));
        const ordered = rankedToCandidates(
          ranked.map((id) => ({ id, from: 'ranked' })),
          candidates,
        );
        expect(ordered.map((result) => result.id).sort()).toEqual([...candidateIds].sort());
        // Ranked candidates keep Pagefind's order, as its results (their excerpts mark every word), then the rest.
        const inRank = ranked.filter((id) => candidates.has(id));
        expect(ordered.slice(0, inRank.length).map((result) => [result.id, result.from])).toEqual(inRank.map((id) => [id, 'ranked']));
        for (const result of ordered.slice(inRank.length)) expect(result.from).toBe('quoted');
      }),
    );
  });

  it('follow the date order of every page when the unquoted search missed some and the reader sorts by date', () => {
    fc.assert(
      fc.property(ids, ids, fc.shuffledSubarray([...letters], { minLength: letters.length }), (ranked, candidateIds, order) => {
        const candidates = new Map(candidateIds.map((id) => [id, { id }]));
        const ordered = rankedToCandidates(
          ranked
            .filter((id) => order.includes(id))
            .sort((first, second) => order.indexOf(first) - order.indexOf(second))
            .map((id) => ({ id })),
          candidates,
          order,
        );
        expect(ordered.map((result) => result.id)).toEqual(order.filter((id) => candidates.has(id)));
      }),
    );
  });

  it('take the reader’s bundle’s pages from the quoted searches and a merged bundle’s from the unquoted one', () => {
    const page = fc.record({ language: fc.constantFrom('en', 'fr'), hash: fc.constantFrom(...letters) });
    fc.assert(
      fc.property(fc.array(page), fc.array(page), fc.constantFrom('en', 'fr'), (quotedPages, rankedPages, reader) => {
        const id = ({ language, hash }: { language: string; hash: string }) => `${language}_${hash}`;
        const quoted = new Map(quotedPages.map((one) => [id(one), { id: id(one) }]));
        const ranked = rankedPages.map((one) => ({ id: id(one) }));
        const candidates = mergedBundlesToCandidates(quoted, ranked, reader);
        const expected = new Set([
          ...[...quoted.keys()].filter((key) => key.startsWith(`${reader}_`)),
          ...ranked.map((one) => one.id).filter((key) => !key.startsWith(`${reader}_`)),
        ]);
        expect(new Set(candidates.keys())).toEqual(expected);
      }),
    );
  });
});
