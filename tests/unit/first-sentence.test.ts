import { describe, expect, it } from 'vitest';
import { textToFirstSentence } from '../../src/feeds/first-sentence.ts';

describe('a list item’s teaser without a standfirst', () => {
  it('is the first sentence, never cut at a title or an initial', () => {
    expect(textToFirstSentence('Le Directeur a rencontré M. Jürgen Stock, à Lyon. La suite.', 'fr')).toBe(
      'Le Directeur a rencontré M. Jürgen Stock, à Lyon.',
    );
    expect(textToFirstSentence('Ronald K. Noble spoke. Then others.', 'en')).toBe('Ronald K. Noble spoke.');
    expect(textToFirstSentence('One sentence only', 'en')).toBe('One sentence only');
  });

  it('is shortened at a word when the sentence is long', () => {
    const teaser = textToFirstSentence(`${'mot '.repeat(100)}fin.`, 'fr');
    expect(teaser.length).toBeLessThanOrEqual(221);
    expect(teaser.endsWith('…')).toBe(true);
  });
});
