import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/cms-form/en.ts';
import { formFieldPaths, isFormFieldPath, type FormText, type TranslatedFormText } from '../../src/i18n/cms-form/form-text.ts';
import { fr } from '../../src/i18n/cms-form/fr.ts';

// The `@ts-expect-error` lines are the test: `npx tsc --noEmit` and `astro check` fail if a dictionary
// missing a word ever compiles. The runtime lines check the same dictionaries as written.
describe('the editing form’s dictionaries', () => {
  it('do not compile without a French label for a field', () => {
    const { title: _title, ...labelsWithoutTitle } = fr.labels;
    // @ts-expect-error -- the French title label is missing
    const incomplete: TranslatedFormText = { ...fr, labels: labelsWithoutTitle };
    expect(Object.keys(incomplete.labels)).not.toContain('title');
  });

  it('do not compile without a French hint, since the schema’s own hints are English', () => {
    const { 'related.url': _url, ...hintsWithoutUrl } = fr.hints;
    // @ts-expect-error -- the French hint of related.url is missing
    const incomplete: TranslatedFormText = { ...fr, hints: hintsWithoutUrl };
    expect(Object.keys(incomplete.hints)).not.toContain('related.url');
  });

  it('do not compile without an English label either', () => {
    const { 'photos.credit': _credit, ...labelsWithoutCredit } = en.labels;
    // @ts-expect-error -- the English label of photos.credit is missing
    const incomplete: FormText = { ...en, labels: labelsWithoutCredit };
    expect(Object.keys(incomplete.labels)).not.toContain('photos.credit');
  });

  it('name every field in both languages, in words of their own: French with typographic apostrophes, never the English', () => {
    for (const path of formFieldPaths) {
      expect(en.labels[path].trim(), path).not.toBe('');
      expect(fr.hints[path].trim(), path).not.toBe('');
      expect(fr.hints[path], path).not.toMatch(/'/);
    }
    expect(fr.labels.dateline).toBe('Lieu d’émission');
  });

  it('tell a field path from any other string', () => {
    expect(formFieldPaths.every(isFormFieldPath)).toBe(true);
    for (const path of ['', 'Title', 'related.', 'photos.files', 'embargo', 'title ', 'labels'])
      expect(isFormFieldPath(path), path).toBe(false);
  });
});
