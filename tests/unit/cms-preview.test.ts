import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { previewDate, typesetterFor } from '../../src/cms/browser/release-preview.js';
import { browserPreviewTextModule } from '../../src/cms/browser-modules.ts';
import { previewColumns } from '../../src/cms/preview-columns.ts';
import { formatPartialDate } from '../../src/i18n/format-date.ts';
import { localeToRecord, locales } from '../../src/i18n/locales.ts';
import { useTranslations } from '../../src/i18n/translate.ts';
import type { UiKey } from '../../src/i18n/ui/en.ts';
import { parsePartialDate } from '../../src/releases/partial-date.ts';
import { organisationIds, releaseTypes, topicIds } from '../../src/releases/vocabulary.ts';
import { typesetText } from '../../src/typography/typeset.ts';

/** The module /admin/preview-text.js, loaded as the browser loads it. */
const previewText = (await import(
  `data:text/javascript;base64,${Buffer.from(browserPreviewTextModule()).toString('base64')}`
)) as typeof import('../../src/cms/preview-text.ts');

// Titles as editors type them: straight apostrophes, guillemets, colons, numbers and units, with any spacing.
const typedText = fc
  .array(
    fc.constantFrom(
      'Visite d',
      "'",
      'État',
      ' ',
      '\u00a0',
      ':',
      ';',
      '!',
      '?',
      '«',
      '»',
      '3 000',
      '50 %',
      'l’ONU',
      'https://example.org',
      '10:30',
      'x',
    ),
    { maxLength: 12 },
  )
  .map((parts) => parts.join(''));

const day = fc
  .record({ year: fc.integer({ min: 1990, max: 2040 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .chain(({ year, month, day }) =>
    fc.constantFrom(
      `${year}`,
      `${year}-${String(month).padStart(2, '0')}`,
      `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    ),
  );

describe('the form’s preview', () => {
  it('has a column per language, the editor’s first, each with that language’s labels for every identifier of the vocabularies', () => {
    for (const editor of locales) {
      const columns = previewColumns(editor);
      expect(columns.map(({ locale }) => locale)).toEqual([editor, ...locales.filter((locale) => locale !== editor)]);
      for (const column of columns) {
        const t = useTranslations(column.locale);
        for (const id of releaseTypes) expect(column.labels.type[id]).toBe(t(`type.${id}` as UiKey));
        for (const id of organisationIds) expect(column.labels.organisation[id]).toBe(t(`org.${id}` as UiKey));
        for (const id of topicIds) expect(column.labels.topics[id]).toBe(t(`topic.${id}` as UiKey));
        expect(column.words.publishedBy).toBe(t('release.publishedBy'));
      }
    }
    expect(previewColumns('fr').map(({ heading }) => heading)).toEqual([
      'En français, comme le site l’affichera',
      'En anglais, comme le site l’affichera',
    ]);
  });

  it('sets each language’s text with the site’s own typography, through the module the browser loads', () => {
    fc.assert(
      fc.property(typedText, (text) => {
        for (const column of previewColumns('fr')) expect(typesetterFor(previewText, column)(text)).toBe(typesetText(text, column.locale));
      }),
    );
    const french = previewColumns('fr')[0]!;
    expect(typesetterFor(previewText, french)("Visite d'État : « Lyon 2024 »")).toBe('Visite d’État\u202f: «\u202fLyon 2024\u202f»');
  });

  it('writes the date as the language’s pages do, and a date still being typed as it is', () => {
    fc.assert(
      fc.property(day, (value) => {
        for (const column of previewColumns('en')) {
          const date = parsePartialDate(value);
          if (typeof date === 'string') throw new Error(date);
          expect(previewDate(previewText, column, value)).toBe(formatPartialDate(date, localeToRecord(column.locale)));
        }
      }),
    );
    const [english, french] = previewColumns('en');
    expect(previewDate(previewText, french!, '2024-03-01')).toBe('1er mars 2024');
    expect(previewDate(previewText, english!, '2024-03-01')).toBe('1 March 2024');
    expect(previewDate(previewText, french!, '2024-0')).toBe('2024-0');
  });
});
