/**
 * The sentences the search page's script writes, in the page's language, with their {placeholders}.
 * The page renders them into `data-messages` (SearchPanel.astro); the script reads them back here,
 * so a sentence added on one side and not the other is a type error, and a missing one a clear error.
 * The browser imports no language module: every word it shows arrives this way.
 */
export interface SearchMessages {
  /** "No results for {terms}". */
  none: string;
  /** "{count} results for {terms}", one form per plural category of the language (Intl.PluralRules). */
  counts: Partial<Record<Intl.LDMLPluralRule, string>>;
  error: string;
  offlineOthers: string;
  offlineError: string;
  /** The note beside a date known only to the month or the year. */
  datePrecision: Record<'month' | 'year', string>;
  /** "In French", by language code, beside a result in another language than the page's. */
  resultIn: Record<string, string>;
  /** "Also in French", by language code, beside a result whose release exists in other languages too. */
  alsoIn: Record<string, string>;
  /** What to try next when no release holds the words. */
  noneNext: string;
  /** "About {count} results for {terms}": a count Pagefind gives before the whole-word check, per plural category. */
  aboutCounts: Partial<Record<Intl.LDMLPluralRule, string>>;
  /** "At least {count} results for {terms}": the first screen shows while the other matches are still read, per plural category. */
  atLeastCounts: Partial<Record<Intl.LDMLPluralRule, string>>;
  /** "about {count}", beside a filter value when its count is such an estimate. */
  aboutFilterCount: string;
}

const sentenceKeys = [
  'none',
  'noneNext',
  'error',
  'offlineOthers',
  'offlineError',
  'aboutFilterCount',
] as const satisfies readonly (keyof SearchMessages)[];

export function searchMessagesToJson(messages: SearchMessages): string {
  return JSON.stringify(messages);
}

function isTextRecord(value: unknown, keys: readonly string[]): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    keys.every((key) => typeof (value as Record<string, unknown>)[key] === 'string') &&
    Object.values(value).every((text) => typeof text === 'string')
  );
}

/** Reads `data-messages` back; throws naming what is missing, since a search page without its words would show blanks. */
export function jsonToSearchMessages(json: string): SearchMessages {
  const value: unknown = JSON.parse(json);
  const record = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const missing = [
    ...sentenceKeys.filter((key) => typeof record[key] !== 'string'),
    // Every language has the category "other".
    ...(isTextRecord(record['counts'], ['other']) ? [] : ['counts.other']),
    ...(isTextRecord(record['aboutCounts'], ['other']) ? [] : ['aboutCounts.other']),
    ...(isTextRecord(record['atLeastCounts'], ['other']) ? [] : ['atLeastCounts.other']),
    ...(isTextRecord(record['datePrecision'], ['month', 'year']) ? [] : ['datePrecision.month/year']),
    ...(isTextRecord(record['resultIn'], []) ? [] : ['resultIn']),
    ...(isTextRecord(record['alsoIn'], []) ? [] : ['alsoIn']),
  ];
  if (missing.length > 0) throw new Error(`The search page's data-messages lacks ${missing.join(', ')} (see SearchPanel.astro)`);
  return value as SearchMessages;
}

/** A result's language note; a language the page has no name for is named by its code rather than hidden. */
export function resultInNote(messages: SearchMessages, language: string): string {
  return messages.resultIn[language] ?? language;
}

/** The note naming another version of a result's release, by its code when the page has no name for it. */
export function alsoInNote(messages: SearchMessages, language: string): string {
  return messages.alsoIn[language] ?? language;
}
