/**
 * How many results the search page lists. Pagefind's results list builds an element for every
 * match, which takes seconds for a word found in thousands of releases; the count still says how
 * many there are, and a note asks for more words or a filter.
 */
export const shownResults = 50;
