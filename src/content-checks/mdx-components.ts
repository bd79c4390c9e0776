import { z } from 'astro/zod';

/**
 * The site's own components an `.mdx` release may use, with the attributes each takes. One list,
 * read by the content check and by the build's guard (src/releases/mdx-guard.ts), and rendered by
 * src/components/release-mdx/. Every attribute is a literal string: nothing an editor writes runs.
 */

/** What may sit between a component's opening and closing tags. */
export type ComponentChildren = 'none' | 'one-image' | 'markdown';

export interface ComponentRule {
  attributes: z.ZodType<Record<string, string | undefined>>;
  /** Each attribute and what to write in it, for messages and the guides. */
  fields: Readonly<Record<string, string>>;
  children: ComponentChildren;
  example: string;
}

/** The hosts a video may come from, each with the form of its video ids and its player's address. */
export const videoHosts = {
  youtube: { id: /^[A-Za-z0-9_-]{11}$/, idExample: 'dQw4w9WgXcQ', player: 'https://www.youtube-nocookie.com/embed/' },
  vimeo: { id: /^\d{6,12}$/, idExample: '76979871', player: 'https://player.vimeo.com/video/' },
} as const;

export type VideoHost = keyof typeof videoHosts;

/** The frame-src a page with a video needs, and only such a page (Video.astro adds it). */
export const videoFrameSources = Object.values(videoHosts).map((host) => new URL(host.player).origin);

const text = z.string().trim().min(1);
const email = z
  .string()
  .trim()
  .regex(/^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/, 'must be an e-mail address, such as press@example.org');
const phone = z
  .string()
  .trim()
  .regex(/^\+?[\d\s\u00a0\u202f().-]{6,24}$/, 'must be a phone number in digits, such as +33 4 72 44 70 00');

export const componentRules = {
  Figure: {
    attributes: z.strictObject({ caption: text, credit: text }),
    fields: { caption: 'what the photo shows', credit: 'who took it or owns it' },
    children: 'one-image',
    example: '<Figure caption="…" credit="…">\n\n![Description](../images/name.jpg)\n\n</Figure>',
  },
  Video: {
    attributes: z
      .strictObject({ host: z.enum(Object.keys(videoHosts) as [VideoHost, ...VideoHost[]]), id: text, title: text })
      .superRefine((value, context) => {
        const host = videoHosts[value.host];
        if (!host.id.test(value.id))
          context.addIssue({
            code: 'custom',
            path: ['id'],
            message: `is not a ${value.host} video id: write only the id from the video's address, such as id="${host.idExample}"`,
          });
      }),
    fields: { host: 'youtube or vimeo', id: "the id in the video's address", title: 'what the video shows, for screen readers' },
    children: 'none',
    example: '<Video host="youtube" id="dQw4w9WgXcQ" title="…" />',
  },
  PullQuote: {
    attributes: z.strictObject({ attribution: text }),
    fields: { attribution: 'who said it, and their role' },
    children: 'markdown',
    example: '<PullQuote attribution="…">\n\nThe words quoted.\n\n</PullQuote>',
  },
  FactBox: {
    attributes: z.strictObject({ title: text }),
    fields: { title: 'the heading of the box' },
    children: 'markdown',
    example: '<FactBox title="…">\n\n- A fact\n- Another fact\n\n</FactBox>',
  },
  MediaContact: {
    attributes: z
      .strictObject({ name: text, role: text, phone: phone.optional(), email: email.optional() })
      .refine((value) => value.phone !== undefined || value.email !== undefined, {
        message: 'needs a phone="…" or an email="…" (or both), so journalists can reach the contact',
      }),
    fields: { name: "the contact's name", role: 'their role', phone: 'a phone number, optional', email: 'an e-mail address, optional' },
    children: 'none',
    example: '<MediaContact name="…" role="…" phone="+33 …" email="press@example.org" />',
  },
} satisfies Record<string, ComponentRule>;

/** The rules by name, for names read from a file, which may be any word. */
export const componentRuleOf: Readonly<Partial<Record<string, ComponentRule>>> = componentRules;

export const componentNames = Object.keys(componentRules);
