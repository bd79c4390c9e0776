import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankedToCandidates } from '../../src/search/browser/whole-word-candidates.ts';

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
});
