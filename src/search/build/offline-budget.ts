import { stat } from 'node:fs/promises';

/**
 * What a reader's phone downloads by itself, without asking, so that a first visit stays light
 * however large the newsroom grows. Beyond these, the reader keeps what they read and searched,
 * and can ask for everything with "make every release available offline".
 */

/** A language's search data is kept whole after one visit while it weighs no more than this. */
export const automaticSearchBytes = 3_000_000;

/** Of each news list (all news, a topic, a year), the first pages kept after one visit. */
export const automaticListPages = 3;

/** The total size of some built files. */
export async function totalBytes(files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(files.map(async (file) => (await stat(file)).size));
  return sizes.reduce((sum, size) => sum + size, 0);
}

/** `/en/page/4/` is beyond the first pages of its list; `/en/`, `/en/page/2/` and `/en/topics/x/` are not. */
export function isBeyondAutomaticListPages(url: string): boolean {
  const page = /\/page\/(\d+)\/$/.exec(url)?.[1];
  return page !== undefined && Number(page) > automaticListPages;
}
