import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lastModified, newerVersions, publicUpdates, type Update } from '../../src/releases/life/updates.ts';
import { pairBySlug } from '../../src/releases/pairing.ts';
import { compareNewestFirst, partialDateToIso } from '../../src/releases/partial-date.ts';

const day = fc
  .record({ year: fc.integer({ min: 2000, max: 2030 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 28 }) })
  .map((date) => ({ ...date, precision: 'day' as const }));
const update: fc.Arbitrary<Update> = fc.oneof(
  day.map((date) => ({ date, minor: true })),
  fc
    .tuple(day, fc.constantFrom('Figures corrected.', 'Chiffres corrigés : l’« erreur » de 14 pays.'))
    .map(([date, note]) => ({ date, note, minor: false })),
);
const versions = fc.record({ en: fc.array(update, { maxLength: 4 }), fr: fc.array(update, { maxLength: 4 }) });
const toRelease = (updates: { en: Update[]; fr: Update[] }) =>
  pairBySlug([
    { id: 'en/x', data: { updates: updates.en } },
    { id: 'fr/x', data: { updates: updates.fr } },
  ])[0]!;

describe('corrections and updates', () => {
  it('show readers only the public notes, newest first, whatever order the file lists them in', () => {
    fc.assert(
      fc.property(fc.array(update, { maxLength: 6 }), (updates) => {
        const shown = publicUpdates({ updates });
        expect(shown).toHaveLength(updates.filter((candidate) => !candidate.minor).length);
        for (let index = 1; index < shown.length; index++)
          expect(compareNewestFirst(shown[index - 1]!.date, shown[index]!.date)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('date the page’s last change by any update, minor ones and a withdrawal included', () => {
    fc.assert(
      fc.property(fc.array(update, { maxLength: 6 }), fc.option(day, { nil: undefined }), (updates, withdrawnOn) => {
        const days = [...updates.map((candidate) => candidate.date), ...(withdrawnOn ? [withdrawnOn] : [])].map(partialDateToIso).sort();
        const modified = lastModified({
          updates,
          ...(withdrawnOn ? { withdrawn: { date: withdrawnOn, reason: 'r', keepText: true } } : {}),
        });
        expect(modified && partialDateToIso(modified)).toBe(days.at(-1));
      }),
    );
  });

  it('call a version behind exactly when another records more public corrections, never both ways, dated by the newer one’s latest', () => {
    fc.assert(
      fc.property(versions, (updates) => {
        const release = toRelease(updates);
        const count = (locale: 'en' | 'fr') => publicUpdates({ updates: updates[locale] }).length;
        const behindEn = newerVersions(release, 'en');
        const behindFr = newerVersions(release, 'fr');
        expect(behindEn.length > 0).toBe(count('fr') > count('en'));
        expect(behindFr.length > 0).toBe(count('en') > count('fr'));
        expect(behindEn.length > 0 && behindFr.length > 0).toBe(false);
        if (behindFr[0]) expect(behindFr[0]).toEqual({ locale: 'en', date: publicUpdates({ updates: updates.en })[0]!.date });
      }),
    );
  });
});
