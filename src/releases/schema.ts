import type { ImageFunction } from 'astro:content';
import { z } from 'astro/zod';
import { locales } from '../i18n/locales.ts';
import { releaseLifeFields } from './life/life-fields.ts';
import { parsePartialDate } from './partial-date.ts';
import { organisationIds, releaseTypes, topicIds } from './vocabulary.ts';
import { hasVisibleCharacter, noVisibleCharacterMessage } from './visible-text.ts';

/** A link target editors may write: a web address or a path on this site, never `javascript:` or `data:`. */
const safeUrl = z
  .string()
  .trim()
  .refine((url) => /^https?:\/\/[^\s]+$/i.test(url) || /^\/(?!\/)/.test(url), {
    message: 'must start with https://, http:// or / (a page of this site)',
  });

/** A text readers are shown: trimmed, and with at least one visible character (a zero-width space alone is no title). */
const shownText = () => z.string().trim().min(1).refine(hasVisibleCharacter, { message: noVisibleCharacterMessage });

const partialDate = z.union([z.string(), z.number(), z.date()]).transform((value, context) => {
  const parsed = parsePartialDate(value);
  if (typeof parsed === 'string') {
    context.addIssue({ code: 'custom', message: parsed });
    return z.NEVER;
  }
  return parsed;
});

// Astro calls `releaseSchema` once per release file (its `image()` helper is tied to the file),
// and building a zod schema costs far more than using one: every field that does not need
// `image()` is built once here, so 20,000 files do not build 20,000 copies of the same schema.
const releaseFields = {
  title: shownText().describe('The headline, as published.'),
  standfirst: shownText().optional().describe('The one-sentence summary under the headline, if the release has one.'),
  date: partialDate.describe(
    'The publication date: "YYYY-MM-DD" when the day is known, "YYYY-MM" or "YYYY" when only the month or year is. The form is the precision.',
  ),
  type: z.enum(releaseTypes).describe(`The kind of release: ${releaseTypes.join(', ')}.`),
  organisation: z.enum(organisationIds).describe(`The publishing organisation: ${organisationIds.join(', ')}.`),
  dateline: shownText().optional().describe('Where the release was issued, as printed before the first paragraph: "LYON, France".'),
  topics: z
    .array(z.enum(topicIds))
    .default([])
    .describe(`Topics for browsing, from: ${topicIds.join(', ')}.`),
  textLanguage: z
    .enum(['mixed'])
    .optional()
    .describe(
      'Write "mixed" when the text mixes languages on purpose (a bilingual release, a long quotation): the check then does not ask that it be written in its folder’s language.',
    ),
  related: z
    .array(
      z
        .object({
          title: shownText().describe('The text of the link.'),
          url: safeUrl.optional().describe('Where it leads; leave it out when the original address is not known.'),
          lang: z.enum(locales).optional().describe('The language of the linked document when it differs from the release.'),
        })
        .strict(),
    )
    .default([])
    .describe('Documents listed under the release, in order.'),
  // Reference, scheduled moment, updates and withdrawal: the release's life (src/releases/life/).
  ...releaseLifeFields,
};

// Press contacts (issue 23): a release names its own, or the press office's defaults (src/press-office.ts) answer.
const contactFields = {
  contacts: z
    .array(
      z
        .object({
          name: z.string().trim().min(1).describe('The person journalists ask for.'),
          role: z.string().trim().min(1).describe('Their role, in the language of the release: "Press officer".'),
          phone: z
            .string()
            .trim()
            .regex(/^\+?[\d\s().-]{6,}$/, {
              message: 'must be a telephone number in digits, with its country code: "+33 4 72 44 70 00"',
            })
            .optional()
            .describe('A telephone number with its country code, as printed: "+33 4 72 44 70 00".'),
          email: z.email({ message: 'must be an e-mail address: "press@example.org"' }).optional().describe('An e-mail address.'),
        })
        .strict()
        .refine((contact) => contact.phone !== undefined || contact.email !== undefined, {
          message: 'needs a phone or an email (or both), or journalists cannot reach them',
        }),
    )
    .optional()
    .describe("The media contacts for this release; leave it out and the press office's own contacts are shown."),
};

/** The fields of each group a release lists, for messages about a misspelt one. */
export const groupFields = {
  related: ['title', 'url', 'lang'],
  photos: ['file', 'alt', 'caption', 'credit'],
  updates: ['date', 'note', 'minor'],
  withdrawn: ['date', 'reason', 'keepText'],
  contacts: ['name', 'role', 'phone', 'email'],
} as const;

const photoFields = {
  alt: shownText().describe('What the photo shows, for readers who cannot see it.'),
  caption: shownText().describe('The caption printed under the photo.'),
  credit: shownText().optional().describe('Who took the photo or holds its rights.'),
};

/** Without a build there is no image pipeline: a photo's file is the path written, which the content check checks itself. */
export const imagePathOnly = (() => z.string()) as unknown as ImageFunction;

/** The frontmatter of one release file, in one language. Unknown fields are errors, so a typo is never ignored. */
export function releaseSchema({ image }: { image: ImageFunction }) {
  return z
    .object({
      ...releaseFields,
      ...contactFields,
      photos: z
        .array(
          z
            .object({
              file: image()
                .optional()
                .describe('The image file, relative to the release file; leave it out when the file is not available.'),
              ...photoFields,
            })
            .strict(),
        )
        .default([])
        .describe('Photos published with the release.'),
    })
    .strict();
}
