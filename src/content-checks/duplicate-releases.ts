import type { ContentProblem } from '../content-reader/content-problem.ts';
import { decodeReleaseText } from '../content-reader/decode-text.ts';
import { readReleaseText } from '../content-reader/read-frontmatter.ts';
import type { ReleaseFile } from '../content-reader/source-file.ts';
import { hasLetterOrDigit } from './body-text.ts';
import { isWhiteSpace } from './white-space.ts';

/** What tells one release from another in its language: its title and its text, each as readers would read it. */
export interface ReleaseIdentity {
  /** The title with case, spacing and compatibility forms (ﬁ, full-width letters) set aside. */
  title?: { text: string; line: () => number | undefined };
  /**
   * The first and last letters of the text, case and spacing aside: cheap to take from 20,000 files, and the
   * same for two copies of one text. Texts that share it are compared whole before any is reported.
   * None for a release with no text, reported as such.
   */
  bodySketch?: number;
  bodyLine: number;
}

/** Text as readers tell it apart: two spellings that differ only in case, spacing or Unicode form are the same words. */
function normaliseWords(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** How many letters of each end of a text make its sketch, and how many characters of the file hold them. */
const sketchLetters = 200;
const sketchReach = 400;

/**
 * A number from the first and last letters of a text, case aside and each run of spaces or line
 * breaks read as one space, so copies spaced or wrapped differently get the same one. Read in one
 * pass, with no regular expression and no cryptographic digest: a number shared by chance costs
 * only a comparison of the whole texts, which decides. A number keeps no slice of 20,000 texts alive.
 */
function bodyToSketch(body: string): number {
  let high = 0xdeadbeef;
  let low = 0x41c6ce57;
  const add = (code: number) => {
    high = Math.imul(high ^ code, 2654435761);
    low = Math.imul(low ^ code, 1597334677);
  };
  const read = (text: string, forwards: boolean) => {
    let letters = 0;
    let inSpace = false;
    for (let step = 0; step < text.length && letters < sketchLetters; step++) {
      const code = text.charCodeAt(forwards ? step : text.length - 1 - step);
      if (isWhiteSpace(code)) {
        if (!inSpace) {
          letters++;
          add(0x20);
        }
        inSpace = true;
      } else {
        letters++;
        add(code);
        inSpace = false;
      }
    }
  };
  read(body.slice(0, sketchReach).toLowerCase(), true);
  add(0x0a);
  read(body.slice(-sketchReach).toLowerCase(), false);
  high = Math.imul(high ^ (high >>> 16), 2246822507) ^ Math.imul(low ^ (low >>> 13), 3266489909);
  low = Math.imul(low ^ (low >>> 16), 2246822507) ^ Math.imul(high ^ (high >>> 13), 3266489909);
  return 2097152 * (low >>> 0) + (high >>> 11);
}

/** A release's identity; the title's line is looked up only for a title found twice, as reading it costs a YAML parse. */
export function releaseIdentity(title: unknown, titleLine: () => number | undefined, body: string, bodyLine: number): ReleaseIdentity {
  return {
    ...(typeof title === 'string' && title.trim() !== '' ? { title: { text: normaliseWords(title), line: titleLine } } : {}),
    ...(hasLetterOrDigit(body) ? { bodySketch: bodyToSketch(body) } : {}),
    bodyLine,
  };
}

/** The whole text of a release already read once without problems of encoding or frontmatter, as compared. */
function fileToWords(file: ReleaseFile): string | undefined {
  const decoded = decodeReleaseText(file);
  if (typeof decoded !== 'string') return undefined;
  const text = readReleaseText(file.displayPath, decoded);
  return Array.isArray(text) ? undefined : normaliseWords(text.body);
}

interface Entry {
  file: ReleaseFile;
  line: () => number | undefined;
}

/** Adds an entry to its group in place: a new array for each of 45,000 entries is only garbage to collect. */
function addTo(groups: Map<string, Entry[]>, key: string, entry: Entry): void {
  const group = groups.get(key);
  if (group) group.push(entry);
  else groups.set(key, [entry]);
}

/** Splits files that share a sketch by their whole text: only files whose words are all the same are duplicates. */
function sameTexts(group: readonly Entry[]): Entry[][] {
  const byText = new Map<string, Entry[]>();
  for (const entry of group) {
    const words = fileToWords(entry.file);
    if (words === undefined) continue;
    addTo(byText, words, entry);
  }
  return [...byText.values()];
}

/**
 * The same release filed under two slugs is published twice, at two addresses: two files of one
 * language with the same title or the same text are reported, each naming the other.
 */
export function checkDuplicateReleases(releases: readonly { file: ReleaseFile; identity: ReleaseIdentity }[]): ContentProblem[] {
  const byTitle = new Map<string, Entry[]>();
  const bySketch = new Map<string, Entry[]>();
  for (const { file, identity } of releases) {
    if (identity.title) {
      const key = `${file.locale}\n${identity.title.text}`;
      addTo(byTitle, key, { file, line: identity.title.line });
    }
    if (identity.bodySketch === undefined) continue;
    const key = `${file.locale}\n${identity.bodySketch}`;
    addTo(bySketch, key, { file, line: () => identity.bodyLine });
  }
  const shared = (groups: Iterable<Entry[]>) => [...groups].filter((group) => group.length > 1);
  return [
    ...shared(byTitle.values()).flatMap((group) => duplicateProblems('title', group)),
    ...shared(shared(bySketch.values()).flatMap(sameTexts)).flatMap((group) => duplicateProblems('text', group)),
  ];
}

/** How many of the other files a duplicate's message names. */
const maxNamedDuplicates = 3;

function duplicateProblems(what: 'title' | 'text', group: readonly Entry[]): ContentProblem[] {
  return group.map(({ file, line: lineOf }) => {
    const line = lineOf();
    const paths = group.filter((other) => other.file !== file).map((other) => other.file.displayPath);
    // A generated or pasted archive can repeat one text many times: name a few, count the rest.
    const others =
      paths.length <= maxNamedDuplicates
        ? paths.join(', ')
        : `${paths.slice(0, maxNamedDuplicates).join(', ')} and ${paths.length - maxNamedDuplicates} other files`;
    return {
      file: file.displayPath,
      ...(line === undefined ? {} : { line }),
      ...(what === 'title' ? { field: 'title' } : {}),
      message: `this release has the same ${what} as ${others}, so the site would publish it twice, at two addresses: if it is the same release, keep one file (the one already published) and delete the other; if they are different releases, give each its own ${what}.`,
    };
  });
}
