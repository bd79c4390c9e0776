import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import fc from 'fast-check';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { readingCounts } from '../../src/content-reader/reading-counts.ts';
import { readingToKept } from '../../src/content-reader/kept-reading.ts';
import { releaseFileToKeptReading, textToKeptReading } from '../../src/content-reader/reading-registry.ts';
import { textToReleaseReading, type ReleaseReading } from '../../src/content-reader/read-release.ts';
import { bodyToDroppedFrontmatter } from '../../src/content-reader/dropped-frontmatter.ts';
import { releaseMarkdown } from '../../src/releases/markdown.ts';
import { normaliseWords } from '../../src/typography/normalise-words.ts';

type Node = DefaultTreeAdapterMap['node'];

const frontmatter = '---\ntitle: "Une réunion"\ndate: 2024-05-01\n---\n';

function reading(path: string, text: string): ReleaseReading {
  const read = textToReleaseReading(path, path, text);
  if (Array.isArray(read)) throw new Error(read.map((problem) => problem.message).join('\n'));
  return read;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

// Words as French and English releases write them: typographic apostrophes, guillemets, no-break spaces, ligatures.
const word = fc.constantFrom(
  'l’Interface',
  'd’INTERPOL',
  '«\u00a0sécurité\u00a0»',
  'qu’il',
  'jusqu’au',
  'œuvre',
  'INTERPOL’s',
  '10:30',
  '1er',
  '25\u00a0%',
  'policiers',
  'Lyon',
  'the',
  'member',
  'countries',
);
const sentence = fc.array(word, { minLength: 1, maxLength: 12 }).map((words) => words.join(' '));
const inline = fc.oneof(
  sentence,
  sentence.map((text) => `*${text}*`),
  sentence.map((text) => `[${text}](https://example.org/a)`),
  sentence.map((text) => `<abbr title="x">${text}</abbr>`),
);
const paragraph = fc.array(inline, { minLength: 1, maxLength: 4 }).map((parts) => parts.join(' '));
const block = fc.oneof(
  paragraph,
  sentence.map((text) => `## ${text}`),
  fc.array(sentence, { minLength: 1, maxLength: 3 }).map((items) => items.map((item) => `- ${item}`).join('\n')),
  sentence.map((text) => `> ${text}`),
);
const body = fc.array(block, { minLength: 1, maxLength: 6 }).map((blocks) => blocks.join('\n\n'));

describe('the one reading of a release file', () => {
  it('renders exactly what the processor Astro is given renders, and its first paragraph holds the words of the first <p> (generated bodies)', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'reading-'));
    mkdirSync(join(folder, 'fr'));
    const renderer = await releaseMarkdown.processor.createRenderer({ syntaxHighlight: releaseMarkdown.syntaxHighlight });
    await fc.assert(
      fc.asyncProperty(body, async (text) => {
        const path = join(folder, 'fr', 'communique.md');
        const read = reading(path, `${frontmatter}\n${text}\n`);
        const rendered = await read.renderedBody();
        const plain = await renderer.render(read.frontmatter.body, { frontmatter: read.frontmatter.data, fileURL: pathToFileURL(path) });
        expect(rendered.html).toBe(plain.code);
        const firstBlock = parseFragment(rendered.html).childNodes.find((node) => node.nodeName !== '#text');
        if (firstBlock?.nodeName === 'p')
          expect(normaliseWords(await read.firstParagraph())).toBe(normaliseWords(textOf(firstBlock).replace(/\s+/g, ' ')));
      }),
      { numRuns: 60 },
    );
  });

  it('is made once per file and text: the loader and the pages reuse the reading the check made, and a changed file is read again', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'reading-'));
    mkdirSync(join(folder, 'en'));
    const path = join(folder, 'en', 'meeting.md');
    const text = `---\ntitle: Meeting\ndate: 2024-05-01\n---\n\nFirst paragraph, with a [link](https://example.org).\n`;
    writeFileSync(path, text);
    const first = textToKeptReading(path, text);
    const renders = () => readingCounts().renders.get(path) ?? 0;
    await Promise.all([first.rendered, first.firstParagraph]);
    expect(renders()).toBe(1);
    expect(textToKeptReading(path, text)).toBe(first);
    expect(await releaseFileToKeptReading(path)).toBe(first);
    expect(await first.firstParagraph).toBe('First paragraph, with a link.');

    const edited = text.replace('First', 'Second');
    const second = textToKeptReading(path, edited);
    expect(second).not.toBe(first);
    expect(await releaseFileToKeptReading(path)).toBe(second);
    expect(readingCounts().readings.get(path)).toBe(2);
  });

  it('keeps for the build the frontmatter and body it read, found again in the text by place (generated files)', async () => {
    const spacing = fc.constantFrom('', '\n', '\n\n', '  \n', '\r\n', '\n\t\n');
    const value = fc.constantFrom('« Vœux »', 'l’Interface', '---', 'a: b', '"---x"', '');
    await fc.assert(
      fc.asyncProperty(value, spacing, body, spacing, async (title, before, text, after) => {
        const file = `---\ntitle: ${JSON.stringify(title)}\ndate: 2024-05-01\n---${before}\n${text}${after}`;
        const read = reading('/releases/fr/essai.md', file);
        const kept = readingToKept(read);
        expect(file.slice(...kept.bodyRange)).toBe(read.frontmatter.body);
        expect(file.slice(...kept.yamlRange)).toBe(read.frontmatter.yaml);
        expect((await kept.rendered)?.html).toBe((await read.renderedBody()).html);
      }),
      { numRuns: 60 },
    );
  });

  it('reads a file no build has read yet from the disk, and names the file and line of a frontmatter it cannot read', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'reading-'));
    mkdirSync(join(folder, 'fr'));
    const path = join(folder, 'fr', 'a-lire.md');
    writeFileSync(path, `---\ntitle: « À lire »\ndate: 2024-05-01\n---\n\nL’essentiel d’abord.\n`);
    expect(await (await releaseFileToKeptReading(path)).firstParagraph).toBe('L’essentiel d’abord.');
    const broken = join(folder, 'fr', 'casse.md');
    expect(() => textToKeptReading(broken, `---\ntitle: [unclosed\n---\n\nTexte.\n`)).toThrow(
      /casse\.md:\d+: the frontmatter is not valid YAML/,
    );
  });
});

describe('a second frontmatter opening the text', () => {
  // Lines the build's renderer may take for a frontmatter: fences, YAML's end mark, look-alikes and text.
  const line = fc.constantFrom(
    '---',
    '+++',
    '...',
    '--- ',
    '---\t',
    ' ---',
    '----',
    '***',
    'title: x',
    'Texte d’abord',
    '',
    '# Titre',
    '- item',
  );
  const opening = fc.array(line, { minLength: 1, maxLength: 6 }).map((lines) => `${lines.join('\n')}\nLa fin.`);

  it('is found by remark-frontmatter exactly when the build’s renderer leaves the block out (generated texts)', async () => {
    const renderer = await releaseMarkdown.processor.createRenderer({ syntaxHighlight: releaseMarkdown.syntaxHighlight });
    const folder = mkdtempSync(join(tmpdir(), 'reading-'));
    mkdirSync(join(folder, 'fr'));
    const fileURL = pathToFileURL(join(folder, 'fr', 'x.md'));
    await fc.assert(
      fc.asyncProperty(opening, async (body) => {
        const dropped = bodyToDroppedFrontmatter(body);
        const withMark = `${body.split('\n')[0]}\nMARK-${body.length}\n${body.split('\n').slice(1).join('\n')}`;
        // The renderer drops a frontmatter whole: a marker on its second line vanishes exactly when the block is dropped.
        const html = (await renderer.render(withMark, { frontmatter: {}, fileURL })).code;
        const markDropped = !html.includes(`MARK-${body.length}`);
        const droppedWithMark = bodyToDroppedFrontmatter(withMark);
        expect(droppedWithMark !== undefined, `${JSON.stringify(withMark)} → ${html}`).toBe(markDropped);
        if (dropped) expect(dropped.lastLine).toBeLessThanOrEqual(body.split('\n').length);
      }),
      { numRuns: 300 },
    );
  });
});
