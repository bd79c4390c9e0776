import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rememberReading } from '../../src/content-reader/reading-registry.ts';
import { textToReleaseReading } from '../../src/content-reader/read-release.ts';
import { releasesInFolder, releasesReadByBuild, translationNotes } from '../../src/cms/translation-notes.ts';
import { temporaryFolders } from './support/temporary-folders.ts';

const newFolder = temporaryFolders('newsroom-notes-');

// A release in English, French or both; dated in the past, or scheduled far ahead.
const release = fc.record({
  languages: fc.constantFrom(['en'], ['fr'], ['en', 'fr']),
  scheduled: fc.boolean(),
});

function releaseText(locale: string, index: number, scheduled: boolean): string {
  const date = scheduled ? '2999-01-01' : '2024-05-01';
  const title = locale === 'fr' ? `L’« annonce » n°\u00a0${index}` : `Announcement ${index}`;
  return `---\ntitle: "${title}"\ndate: ${date}\n---\n\nThe text of release ${index}.\n`;
}

describe("the form's translation notes", () => {
  it('are the same made from the build’s readings as from the files on disk, and name no scheduled release', () => {
    fc.assert(
      fc.property(fc.array(release, { minLength: 1, maxLength: 8 }), (releases) => {
        const contentDir = newFolder();
        releases.forEach(({ languages, scheduled }, index) => {
          for (const locale of languages) {
            mkdirSync(join(contentDir, locale), { recursive: true });
            const path = join(contentDir, locale, `release-${index}.md`);
            const text = releaseText(locale, index, scheduled);
            writeFileSync(path, text);
            const reading = textToReleaseReading(path, path, text);
            if (Array.isArray(reading)) throw new Error(reading.map((problem) => problem.message).join('\n'));
            rememberReading(reading);
          }
        });
        const fromDisk = translationNotes(contentDir, releasesInFolder(contentDir));
        const fromBuild = translationNotes(contentDir, releasesReadByBuild(contentDir));
        for (const locale of ['en', 'fr'] as const) {
          expect(fromBuild(locale)).toEqual(fromDisk(locale));
          releases.forEach(({ languages, scheduled }, index) => {
            const note = fromBuild(locale)[`release-${index}`];
            if (scheduled || languages.length === 2) expect(note).toBeUndefined();
            else expect(note).toMatch(locale === 'en' ? /^Not yet in / : /^Pas encore en /);
          });
        }
      }),
      { numRuns: 20 },
    );
  });
});
