import { describe, expect, it } from 'vitest';
import { automaticListPages, isBeyondAutomaticListPages } from '../../src/search/build/offline-budget.ts';

describe('what a first visit keeps offline by itself', () => {
  it('keeps the first pages of every list, not the whole archive', () => {
    expect(automaticListPages).toBe(3);
    expect(isBeyondAutomaticListPages('/en/')).toBe(false);
    expect(isBeyondAutomaticListPages('/fr/page/3/')).toBe(false);
    expect(isBeyondAutomaticListPages('/en/topics/cybercrime/page/2/')).toBe(false);
    expect(isBeyondAutomaticListPages('/en/page/4/')).toBe(true);
    expect(isBeyondAutomaticListPages('/fr/annees/2013/page/12/')).toBe(true);
  });
});
