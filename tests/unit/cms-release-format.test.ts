import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { releaseFromFile, releaseToFile, sourceKey } from '../../src/cms/browser/release-format.js';
import { releaseFormFields } from '../../src/cms/release-fields.ts';
import { parse } from 'yaml';

/** Every release of the sample content: quotes, comments, flow lists, long titles, dates of every precision. */
const releaseFiles = ['en', 'fr']
  .flatMap((locale) =>
    readdirSync(join('content', locale))
      .filter((name) => name.endsWith('.md'))
      .map((name) => join('content', locale, name)),
  )
  .map((path) => ({ path, text: readFileSync(path, 'utf8') }));

const order = releaseFormFields('en').map((field) => field.name);

/** The numbers of the lines that differ between two texts of the same line count, or every line when the counts differ. */
function changedLines(before: string, after: string): number[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return [...Array(Math.max(a.length, b.length)).keys()];
  return a.flatMap((line, index) => (line === b[index] ? [] : [index]));
}

/** The lines a top-level field takes in a file's text (its key line and what follows, up to the next key). */
function fieldLines(text: string, name: string): number[] {
  const lines = text.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`${name}:`));
  if (start < 0) return [];
  let end = start + 1;
  while (end < lines.length && /^(\s|-\s)/.test(lines[end] ?? '') && lines[end] !== '---') end++;
  return [...Array(end - start).keys()].map((offset) => start + offset);
}

// French text with its typographic apostrophes, guillemets and narrow no-break spaces.
const frenchText = fc
  .array(fc.constantFrom('Opération', 'd’INTERPOL', '«\u00a0Pangea\u00a0»', 'saisis\u202f:', '50\u00a0000', 'l’OMD', 'Lyon'), {
    minLength: 1,
    maxLength: 12,
  })
  .map((words) => words.join(' '));

describe('the form’s release format', () => {
  it('reads and writes every release file back byte for byte when nothing changed', () => {
    expect(releaseFiles.length).toBeGreaterThan(3);
    for (const { path, text } of releaseFiles) expect(releaseToFile(releaseFromFile(text), order), path).toBe(text);
  });

  it('changes only the title’s line when the title is edited, whatever the title and the file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...releaseFiles), frenchText, ({ text }, title) => {
        const data = releaseFromFile(text);
        fc.pre(typeof data['title'] === 'string' && data['title'] !== title);
        const saved = releaseToFile({ ...data, title }, order);
        expect(changedLines(text, saved)).toEqual(fieldLines(text, 'title'));
        expect(parse(saved.split('---\n')[1] ?? '').title).toBe(title);
      }),
      { numRuns: 60 },
    );
  });

  it('changes only the date’s line, the type’s line or the topics’ line when that field is edited, keeping the list on one line', () => {
    for (const { path, text } of releaseFiles) {
      const data = releaseFromFile(text);
      for (const [name, value] of [
        ['date', '2019-11-05'],
        ['type', 'statement'],
        ['topics', ['cybercrime', 'terrorism']],
      ] as const) {
        if (!(name in data) || JSON.stringify(data[name]) === JSON.stringify(value)) continue;
        const saved = releaseToFile({ ...data, [name]: value }, order);
        expect(changedLines(text, saved), `${path} ${name}`).toEqual(fieldLines(text, name).slice(0, 1));
        if (name === 'topics' && /^topics: \[/m.test(text)) expect(saved).toContain('topics: [cybercrime, terrorism]');
      }
    }
  });

  it('changes only the text when the text is edited, and keeps the blank line after the frontmatter', () => {
    for (const { path, text } of releaseFiles) {
      const data = releaseFromFile(text);
      const body = `${String(data['body']).trimEnd()}\n\nUn paragraphe ajouté, d’INTERPOL.`;
      const saved = releaseToFile({ ...data, body }, order);
      const frontmatterEnd = text.indexOf('\n---\n') + 5;
      expect(saved.slice(0, frontmatterEnd), path).toBe(text.slice(0, frontmatterEnd));
      expect(saved.endsWith('Un paragraphe ajouté, d’INTERPOL.\n')).toBe(true);
    }
  });

  it('removes a field the editor emptied, and only its lines', () => {
    for (const { path, text } of releaseFiles) {
      const data = releaseFromFile(text);
      if (typeof data['dateline'] !== 'string') continue;
      const saved = releaseToFile({ ...data, dateline: '' }, order);
      expect(saved.split('\n').length, path).toBe(text.split('\n').length - 1);
      expect(saved).not.toMatch(/^dateline:/m);
    }
  });

  it('writes a new release with its fields in the form’s order, texts quoted, lists of words on one line', () => {
    const saved = releaseToFile(
      {
        title: 'Opération Pangea\u00a0XVII\u202f: «\u00a050\u00a0000 » médicaments',
        date: '2024-06-12',
        type: 'media-release',
        organisation: 'interpol',
        dateline: '',
        topics: ['cybercrime', 'terrorism'],
        photos: [{ file: '../images/dsc-0042.jpg', alt: 'Une ville', caption: 'Lyon, le soir' }],
        body: 'Les polices de 90 pays.',
      },
      order,
    );
    expect(saved.split('\n').slice(0, 6)).toEqual([
      '---',
      'title: "Opération Pangea\u00a0XVII\u202f: «\u00a050\u00a0000 » médicaments"',
      'date: "2024-06-12"',
      'type: "media-release"',
      'organisation: "interpol"',
      'topics: [cybercrime, terrorism]',
    ]);
    expect(saved.endsWith('---\n\nLes polices de 90 pays.\n')).toBe(true);
    expect(sourceKey in releaseFromFile(saved)).toBe(true);
  });
});
