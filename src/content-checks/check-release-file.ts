import type { ContentProblem } from '../content-reader/content-problem.ts';
import { decodeReleaseText } from '../content-reader/decode-text.ts';
import type { ReleaseText } from '../content-reader/read-frontmatter.ts';
import { textToReleaseReading, type ReleaseReading } from '../content-reader/read-release.ts';
import type { ReleaseFile } from '../content-reader/source-file.ts';
import { lineAndColumn, unwantedCharacterFix, unwantedReferences } from '../content-reader/unwanted-characters.ts';
import type { Address } from './addresses.ts';
import { checkBodyHtml } from './body-html.ts';
import { releaseIdentity, type ReleaseIdentity } from './duplicate-releases.ts';
import { structureProblems } from './body-structure.ts';
import { hasLetterOrDigit, mayHoldStructure } from './body-text.ts';
import { checkFrontmatterFields, type ReleaseData } from './frontmatter-fields.ts';
import { checkFrontmatterMarkup } from './frontmatter-markup.ts';
import { maxNestingDepth } from './html-rules.ts';
import { addressKind, unsafeAddressFix } from './link-address.ts';
import { checkTextLanguage } from './text-language.ts';

/** One release file, read and checked on its own; the checks across files use its data and addresses. */
export interface CheckedRelease {
  problems: ContentProblem[];
  /** The frontmatter as read, for the checks across files; not the text itself, which 20,000 files would keep in memory. */
  text?: Pick<ReleaseText, 'data' | 'lineOf' | 'sourceOf'>;
  data?: ReleaseData;
  addresses: Address[];
  /** Its title and text as readers tell releases apart, for finding the same release filed twice. */
  identity?: ReleaseIdentity;
}

/** A line that opens more than `maxNestingDepth` quotes or lists (`> > > …`, `- - - …`): the parser's time grows with the square of it. */
const deepContainers = new RegExp(`^(?:[ \\t]*(?:>|[-+*][ \\t]|\\d{1,9}[.)][ \\t])){${maxNestingDepth + 1}}`, 'm');

/** A body that has no `<`, `[` or `&` holds no HTML, link, image or character reference: nothing in it needs the renderer. */
const needsRendering = /[<[&]/;

/**
 * Reads one release file (read-release.ts: the reading the build uses too) and checks it.
 * `path` is where the file is, whose folder names its language; `onReading` receives the reading,
 * which a build keeps so its loader and pages use it rather than reading the file again.
 */
export async function checkReleaseFile(
  file: ReleaseFile,
  { path, onReading }: { path: string; onReading?: (reading: ReleaseReading) => void },
): Promise<CheckedRelease> {
  const decoded = decodeReleaseText(file);
  if (typeof decoded !== 'string') return { problems: decoded, addresses: [] };
  const reading = textToReleaseReading(path, file.displayPath, decoded);
  if (Array.isArray(reading)) return { problems: reading, addresses: [] };
  onReading?.(reading);
  const text = reading.frontmatter;

  const markup = checkFrontmatterMarkup(text, file.displayPath);
  const fields = checkFrontmatterFields(text, file.displayPath);
  const addresses = frontmatterAddresses(text);
  // A field already reported for its markup or unsafe address needs no second message saying its value is not allowed.
  const reported = new Set([
    ...markup.map((problem) => problem.field),
    ...addresses.filter((address) => unsafeAddressFix(addressKind(address.url), address.url)).map((address) => address.field),
  ]);
  const problems = [...markup, ...fields.problems.filter((problem) => !reported.has(problem.field))];
  const body = await checkBody(reading, file.displayPath, file.extension === '.mdx');
  problems.push(...body.problems);
  addresses.push(...body.addresses);
  const bodyLine = lineAndColumn(text.text, text.bodyOffset).line;
  const language = await checkTextLanguage(file, text.body, text.data, bodyLine);
  if (language) problems.push(language);
  const { data, lineOf, sourceOf } = text;
  const identity = releaseIdentity(data['title'], () => lineOf(['title']), text.body, bodyLine);
  return { problems, text: { data, lineOf, sourceOf }, ...(fields.data ? { data: fields.data } : {}), addresses, identity };
}

/** The related links' and photos' addresses, as written, whether or not the rest of the frontmatter is valid. */
function frontmatterAddresses(text: ReleaseText): Address[] {
  const addresses: Address[] = [];
  for (const [group, key] of [
    ['related', 'url'],
    ['photos', 'file'],
  ] as const) {
    const items = text.data[group];
    if (!Array.isArray(items)) continue;
    items.forEach((item: unknown, index) => {
      const url = item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;
      if (typeof url !== 'string') return;
      const line = () => text.lineOf([group, index, key]);
      addresses.push({ url, line, field: `${group}.${index}.${key}`, ...(group === 'photos' ? { image: 'photo' as const } : {}) });
    });
  }
  return addresses;
}

async function checkBody(
  reading: ReleaseReading,
  file: string,
  isMdx: boolean,
): Promise<{ problems: ContentProblem[]; addresses: Address[] }> {
  const text = reading.frontmatter;
  const { body, bodyOffset } = text;
  const firstLine = lineAndColumn(text.text, bodyOffset).line;
  const fileLine = (line: number | undefined) => (line === undefined ? undefined : line + firstLine - 1);
  const problem = (line: number | undefined, message: string): ContentProblem =>
    line === undefined ? { file, message } : { file, line, message };

  const deep = deepContainers.exec(body);
  if (deep) {
    const line = fileLine(lineAndColumn(body, deep.index).line);
    return {
      problems: [
        problem(
          line,
          `quotations or lists are nested more than ${maxNestingDepth} levels deep here: no release needs that many, and reading them takes the site a long time. Simplify it.`,
        ),
      ],
      addresses: [],
    };
  }
  const problems: ContentProblem[] = [];
  // The renderer reads a block opening the text as frontmatter and drops it, as it does the real one.
  const dropped = reading.droppedFrontmatter();
  if (dropped) {
    problems.push(
      problem(
        fileLine(1),
        `the text opens with lines between --- (or +++) lines, up to line ${fileLine(dropped.lastLine)}, which the site would read as a second frontmatter and leave out: remove them, or write *** for a horizontal line.`,
      ),
    );
  }
  for (const { offset, character, reference } of unwantedReferences(body)) {
    const { line } = lineAndColumn(body, offset);
    problems.push(problem(fileLine(line), `the character reference ${reference} stands for ${unwantedCharacterFix(character, undefined)}`));
  }
  // Reported on the frontmatter's closing line, below which the text belongs, not on a blank line further down.
  if (!hasLetterOrDigit(body))
    problems.push(
      problem(
        lineAndColumn(text.text, text.closingFenceOffset).line,
        'this release has no text: write it below the frontmatter (the closing --- line), or remove the file if it was created by mistake.',
      ),
    );
  // An .mdx body is read by the MDX parser the build compiles it with, and refused whatever would run code.
  if (isMdx) {
    const mdx = reading.mdxBody();
    problems.push(...mdx.problems.map((found) => problem(fileLine(found.line), found.message)));
    problems.push(...structureProblems(mdx.structure).map((found) => problem(fileLine(found.line), found.message)));
    const addresses = mdx.addresses.map(({ url, line, isImage, fromHtml }) => ({
      url,
      line: fileLine(line),
      ...(fromHtml ? { fromHtml } : {}),
      ...(isImage ? { image: fromHtml ? ('html' as const) : ('markdown' as const) } : {}),
    }));
    return { problems, addresses };
  }
  if (!needsRendering.test(body) && !mayHoldStructure(body)) return { problems, addresses: [] };

  const rendered = await reading.renderedBody();
  problems.push(...structureProblems(rendered.structure).map((found) => problem(fileLine(found.line), found.message)));
  // An image written by reference (![…][label]) is reported on its definition below; its address is no link to check.
  const addresses: Address[] = rendered.addresses
    .filter((address) => address.definition === undefined || !rendered.imageReferences.has(address.definition))
    .map((address) => ({
      url: address.url,
      line: fileLine(address.line),
      ...(address.isImage ? { image: 'markdown' as const } : {}),
    }));
  if (rendered.segments.length > 0 || body.includes('&')) {
    const html = checkBodyHtml(rendered);
    problems.push(...html.problems.map((found) => problem(fileLine(found.line), found.message)));
    addresses.push(
      ...html.addresses.map((address) => ({
        url: address.url,
        line: fileLine(address.line),
        fromHtml: true,
        ...(address.isImage ? { image: 'html' as const } : {}),
      })),
    );
  }
  for (const definition of rendered.definitions) {
    if (rendered.imageReferences.has(definition.identifier)) {
      problems.push(
        problem(
          fileLine(definition.line),
          `an image written by reference (![…][${definition.label}]) is left as it is by the site, which neither resizes it nor finds its file: write the image directly, ![Description](../images/name.jpg).`,
        ),
      );
      continue;
    }
    if (rendered.references.has(definition.identifier)) continue;
    problems.push(
      problem(
        fileLine(definition.line),
        `this line is read as a link definition ([${definition.label}]: address) that no link uses, so it is not shown on the page: write the link itself, [text](address), or remove the line.`,
      ),
    );
  }
  return { problems, addresses };
}
