import { z } from 'astro/zod';
import { parsePartialDate } from '../partial-date.ts';
import { parseMoment } from './publish-moment.ts';
import { referencePattern } from './reference.ts';

/** A day the editor writes "YYYY-MM-DD" (YAML may read it as a date already): updates and withdrawals happen on a known day. */
const day = z.union([z.string(), z.date()]).transform((value, context) => {
  const parsed = parsePartialDate(value);
  if (typeof parsed === 'string' || parsed.precision !== 'day') {
    context.addIssue({ code: 'custom', message: typeof parsed === 'string' ? parsed : 'must be a whole day, written "YYYY-MM-DD"' });
    return z.NEVER;
  }
  return parsed;
});

const moment = z.union([z.string(), z.date()]).transform((value, context) => {
  const parsed = parseMoment(value);
  if (typeof parsed === 'string') {
    context.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed;
});

const update = z
  .object({
    date: day.describe('The day of the change, "YYYY-MM-DD".'),
    note: z.string().trim().min(1).optional().describe('What changed, in a sentence readers see; leave it out for a minor change.'),
    minor: z.boolean().default(false).describe('true for a change of spelling or layout, which gets no public note.'),
  })
  .strict()
  .superRefine((value, context) => {
    if (!value.minor && value.note === undefined)
      context.addIssue({
        code: 'custom',
        message: 'needs a note saying what changed, or "minor: true" for a change of spelling or layout',
      });
    if (value.minor && value.note !== undefined)
      context.addIssue({
        code: 'custom',
        path: ['note'],
        message: 'is not shown for a minor change: remove the note, or remove "minor: true"',
      });
  });

/**
 * The fields of a release's life after it is written: its reference, when it appears, its
 * corrections and its withdrawal (docs/CONTRIBUTING.md, "The life of a release"). One block, spread into the schema.
 */
export const releaseLifeFields = {
  reference: z
    .string()
    .trim()
    .regex(referencePattern, 'must be written NR/<year>/<number>, such as NR/2024/017')
    .optional()
    .describe('The release’s permanent reference, the same in every language: NR/2024/017. `npm run new` gives the next free one.'),
  publishAt: moment
    .optional()
    .describe(
      'Optional: the moment the release appears, with its time zone: "2025-03-01T09:00+01:00". Without it, a release appears at the start of its date, Paris time.',
    ),
  updates: z
    .array(update)
    .default([])
    .describe('Corrections and updates after publication, each with its day and a public note (or "minor: true").'),
  withdrawn: z
    .object({
      date: day.describe('The day the release was withdrawn, "YYYY-MM-DD".'),
      reason: z.string().trim().min(1).describe('Why, in a sentence readers see on the page.'),
      keepText: z.boolean().describe('true to keep the text on the page under the notice, false to hide it.'),
    })
    .strict()
    .optional()
    .describe('Set when the release is withdrawn: its page stays, says so, and leaves the lists, search and feeds.'),
};
