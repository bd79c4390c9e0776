import { createHash } from 'node:crypto';
import type { ReleaseReading } from './read-release.ts';
import type { RenderedBody } from './render-body.ts';

/**
 * What a build keeps of a file's reading once the check is done with it: what the loader, the pages
 * and the feeds use, and nothing the check needed only to place problems on lines (the YAML with
 * positions, the body's segments and addresses). The file's text is kept as a hash: the loader
 * hands the text over again, and the page keys only hash it. At 10,000 pairs whole readings held
 * 448 MB after the check; these hold 402 MB, and their 181 MB of HTML goes as the pages are written.
 */
export interface KeptReading {
  path: string;
  /** SHA-256 of the file's text: whether a text handed over later is the one read, and what page keys hash. */
  textHash: string;
  /** The frontmatter's values as the build reads them. */
  data: Record<string, unknown>;
  /** Where the frontmatter's YAML and the body are in the text, to give the loader both from the text it holds. */
  yamlRange: [number, number];
  bodyRange: [number, number];
  /**
   * A `.md` body as the page shows it, until its page has taken it (reading-registry.ts); undefined
   * for `.mdx`, which Astro compiles and renders itself.
   */
  rendered: Promise<RenderedText> | undefined;
  /** The first paragraph's words: a list's teaser, a feed item and a description when there is no standfirst. */
  firstParagraph: Promise<string>;
  /** The players an `.mdx` release's videos come from (none for `.md`). */
  videoHosts: readonly string[];
}

export type RenderedText = Pick<RenderedBody, 'html' | 'metadata'>;

/**
 * A copy sharing no memory with the file's text. A string cut from another (a YAML value, the first
 * paragraph's words) keeps the whole of that text alive in V8 for as long as it lives: kept to the
 * end of the build, every release's body stayed in memory, 8 KB a release (heap snapshot at 2,000
 * pairs; README, "A hundred thousand pairs").
 */
function detached<Value>(value: Value): Value {
  return structuredClone(value);
}

export function textToHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Keeps what the build needs of a reading. A `.md` body is rendered now if nothing has rendered it
 * yet (the check has, in a build): its page will need it, and the reading itself is let go.
 */
export function readingToKept(reading: ReleaseReading): KeptReading {
  const { text, yaml, data } = reading.frontmatter;
  const yamlStart = text.indexOf(`---${yaml}`) + 3;
  // The body is the text after the frontmatter, trimmed: it ends where the trimmed text ends.
  const bodyEnd = text.trimEnd().length;
  const isMdx = reading.path.endsWith('.mdx');
  const body = isMdx ? undefined : reading.renderedBody();
  const rendered = body?.then(({ html, metadata }) => ({ html, metadata }));
  const firstParagraph = (body ? body.then((read) => read.firstParagraph) : Promise.resolve(reading.mdxBody().firstParagraph)).then(
    detached,
  );
  // Whoever awaits them gets a failed render; one nobody awaits must not stop the process.
  rendered?.catch(() => undefined);
  firstParagraph.catch(() => undefined);
  return {
    path: reading.path,
    textHash: textToHash(text),
    data: detached(data),
    yamlRange: [yamlStart, yamlStart + yaml.length],
    bodyRange: [bodyEnd - reading.frontmatter.body.length, bodyEnd],
    rendered,
    firstParagraph,
    videoHosts: isMdx ? reading.mdxBody().videoHosts : [],
  };
}
